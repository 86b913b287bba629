using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Indicators;

/// <summary>
/// Base of every indicator: counts bars, hides values until warm-up, and runs the batch path over contiguous columns.
/// Subclasses implement <see cref="Step"/> (write outputs into <see cref="Out"/>); the default batch
/// <see cref="Compute"/> drives a fresh instance through the same <see cref="Step"/>, so streaming and batch agree by
/// construction. The hot family (SMA, EMA, RSI, ATR, Bollinger) overrides it with span kernels using the same arithmetic.
/// </summary>
public abstract class Indicator : IIndicator
{
    private readonly string[] _columns;

    protected Indicator(int warmUp, params string[] columns)
    {
        if (warmUp < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(warmUp), warmUp, "indicator: warm-up must be at least one bar");
        }

        _columns = columns;
        Out = new double[columns.Length];
        WarmUp = warmUp;
    }

    public IReadOnlyList<string> Columns => _columns;

    public int WarmUp { get; }

    /// <summary>Bars fed since construction or the last <see cref="Reset"/>.</summary>
    public long BarsSeen { get; private set; }

    public bool IsReady => BarsSeen >= WarmUp;

    public double Value => IsReady ? Out[0] : double.NaN;

    public double this[int output] => IsReady ? Out[output] : double.NaN;

    /// <summary>Current outputs; meaningful only when <see cref="IsReady"/>.</summary>
    protected double[] Out { get; }

    public void Update(in OhlcvBar bar)
    {
        BarsSeen++;
        Step(in bar);
    }

    public void Update(in Candle candle) => Update(OhlcvBar.From(candle));

    public void Reset()
    {
        BarsSeen = 0;
        Array.Clear(Out);
        OnReset();
    }

    /// <summary>Copies the current outputs into <paramref name="destination"/> (NaN before warm-up).</summary>
    public void CopyValues(Span<double> destination)
    {
        if (IsReady)
        {
            Out.AsSpan().CopyTo(destination);
        }
        else
        {
            destination[.._columns.Length].Fill(double.NaN);
        }
    }

    public virtual IndicatorOutput Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var n = series.Count;
        var k = _columns.Length;
        var columns = NewColumns(n);
        var fresh = CreateFresh();
        var o = series.Open;
        var h = series.High;
        var l = series.Low;
        var c = series.Close;
        var v = series.Volume;
        var first = WarmUp - 1;
        for (var i = 0; i < n; i++)
        {
            var bar = new OhlcvBar(o[i], h[i], l[i], c[i], v[i]);
            fresh.Step(in bar);
            if (i >= first)
            {
                for (var j = 0; j < k; j++)
                {
                    columns[j][i] = fresh.Out[j];
                }
            }
        }

        return new IndicatorOutput(_columns, columns, first);
    }

    public override string ToString() => string.Join(",", _columns);

    /// <summary>Advances the state by one bar and writes the outputs (they are ignored before warm-up).</summary>
    protected abstract void Step(in OhlcvBar bar);

    /// <summary>Clears the subclass state.</summary>
    protected abstract void OnReset();

    /// <summary>A new instance with the same parameters and empty state.</summary>
    protected abstract Indicator CreateFresh();

    /// <summary>Columns pre-filled with NaN up to the first valid row.</summary>
    protected double[][] NewColumns(int length)
    {
        var columns = new double[_columns.Length][];
        var nan = Math.Min(length, WarmUp - 1);
        for (var j = 0; j < columns.Length; j++)
        {
            columns[j] = GC.AllocateUninitializedArray<double>(length);
            columns[j].AsSpan(0, nan).Fill(double.NaN);
        }

        return columns;
    }

    protected IndicatorOutput Output(double[][] columns) => new(_columns, columns, WarmUp - 1);

    /// <summary>Formats a parameter for a column name: integers plainly, fractions with invariant dots (0.02).</summary>
    protected static string P(double value) => value.ToString("0.########", System.Globalization.CultureInfo.InvariantCulture);
}
