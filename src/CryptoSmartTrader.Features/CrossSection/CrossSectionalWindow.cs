using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.CrossSection;

/// <summary>
/// The <c>xsection</c> features of a universe bar by bar, as a strategy sees them: bars are added as they close and
/// <see cref="Latest"/> gives the features at the newest bar close, computed by <see cref="CrossSectionalFactors"/> on a
/// trailing window of <see cref="WindowRows"/> grid rows. The window is long enough for every factor window, the warm-up
/// and the first return, so the values at the last row equal the full-history batch frame's (up to the rounding of the
/// rolling sums, which start at a different row); nothing after the newest bar exists here, so there is no look-ahead.
/// </summary>
public sealed class CrossSectionalWindow
{
    private readonly Exchange _exchange;
    private readonly Symbol[] _symbols;
    private readonly Timeframe _timeframe;
    private readonly CrossSectionalFactors _factors;
    private readonly List<(long Open, long Close, double O, double H, double L, double C, double V)>[] _bars;
    private readonly bool[] _tradedBefore;
    private long _lastClose = long.MinValue;

    public CrossSectionalWindow(Exchange exchange, IReadOnlyList<Symbol> symbols, Timeframe timeframe, CrossSectionalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (!timeframe.IsFixed) throw new ArgumentException($"cross-sectional window: timeframe {timeframe} has no fixed step; use 1m .. 1w", nameof(timeframe));
        _exchange = exchange;
        _symbols = symbols.ToArray();
        _timeframe = timeframe;
        _factors = new CrossSectionalFactors(options);
        var o = _factors.Options;
        var longest = o.MomentumBars.Max();
        longest = Math.Max(longest, Math.Max(Math.Max(o.VolatilityBars, o.TurnoverBars), Math.Max(o.HighBars, o.BetaBars)));
        // +2: a rolling window over returns needs the close one row before its first return.
        WindowRows = Math.Max(o.WarmUpBars + 1, longest + 2);
        _bars = _symbols.Select(_ => new List<(long, long, double, double, double, double, double)>()).ToArray();
        _tradedBefore = new bool[_symbols.Length];
    }

    public CrossSectionalFactors Factors => _factors;

    /// <summary>Grid rows kept per symbol (the longest factor window + 2, or the warm-up + 1).</summary>
    public int WindowRows { get; }

    /// <summary>Adds symbol <paramref name="symbol"/>'s bar; bars must arrive in close-time order.</summary>
    public void Add(int symbol, long openMs, long closeMs, double open, double high, double low, double close, double volume)
    {
        var list = _bars[symbol];
        if (list.Count > 0 && closeMs <= list[^1].Close)
        {
            throw new ArgumentException($"cross-sectional window: {_symbols[symbol]} bar closing {DateTimeOffset.FromUnixTimeMilliseconds(closeMs):O} is not after the previous one");
        }

        list.Add((openMs, closeMs, open, high, low, close, volume));
        if (closeMs > _lastClose) _lastClose = closeMs;
    }

    /// <summary>
    /// <c>result[column][symbol]</c> (columns as <see cref="CrossSectionalFactors.Columns"/>) at the newest bar close; NaN
    /// for symbols without a bar there or not yet members; null before any bar or while the benchmark has no bar.
    /// </summary>
    public double[][]? Latest()
    {
        if (_lastClose == long.MinValue) return null;
        var cutoff = _lastClose - (long)(WindowRows - 1) * _timeframe.DurationMs;
        for (var i = 0; i < _bars.Length; i++)
        {
            var list = _bars[i];
            var drop = 0;
            while (drop < list.Count && list[drop].Close < cutoff) drop++;
            if (drop == 0) continue;
            list.RemoveRange(0, drop);
            _tradedBefore[i] = true;
        }

        var series = new CandleSeries[_symbols.Length];
        for (var i = 0; i < series.Length; i++)
        {
            var b = new CandleSeriesBuilder(_exchange, _symbols[i], _timeframe, _bars[i].Count);
            foreach (var x in _bars[i]) b.Add(x.Open, x.Close, x.O, x.H, x.L, x.C, x.V);
            series[i] = b.Build();
        }

        var bench = Array.FindIndex(_symbols, s => string.Equals(s.Base, _factors.Options.BenchmarkBase, StringComparison.OrdinalIgnoreCase));
        if (bench < 0 || series[bench].IsEmpty) return null;
        var panel = UniversePanel.Create(series, _factors.Options.WarmUpBars, _tradedBefore);
        var raw = _factors.RawFactors(panel);
        var row = panel.Closes.RowOf(_lastClose);
        return _factors.ComputeAt(panel, raw, row);
    }
}
