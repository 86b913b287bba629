using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Wilder's Average True Range (1978). True range TR = max(H − L, |H − Cprev|, |L − Cprev|) from the second bar;
/// ATR is seeded with the mean of the first <c>period</c> TRs and then Wilder-smoothed
/// (<c>atr = atr * (period - 1) / period + tr / period</c>). Column <c>atr_{period}</c>; warm-up <c>period + 1</c> bars.
/// </summary>
public sealed class Atr : Indicator
{
    private readonly int _period;
    private readonly AtrState _atr;

    public Atr(int period = 14)
        : base(IndicatorGuard.Period("atr", nameof(period), period) + 1, $"atr_{period}")
    {
        _period = period;
        _atr = new AtrState(period);
    }

    public override IndicatorOutput Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var columns = NewColumns(series.Count);
        Kernel(series.High, series.Low, series.Close, columns[0], _period);
        return Output(columns);
    }

    internal static void Kernel(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> destination, int period)
    {
        var n = close.Length;
        if (n <= period || high.Length != n || low.Length != n)
        {
            return;
        }

        double sum = 0;
        for (var i = 1; i <= period; i++)
        {
            sum += AtrState.TrueRange(high[i], low[i], close[i - 1]);
        }

        var atr = sum / period;
        destination[period] = atr;
        var alpha = 1.0 / period;
        var beta = (period - 1.0) / period;
        for (var i = period + 1; i < n; i++)
        {
            atr = atr * beta + AtrState.TrueRange(high[i], low[i], close[i - 1]) * alpha;
            destination[i] = atr;
        }
    }

    protected override void Step(in OhlcvBar bar)
    {
        _atr.Add(bar.High, bar.Low, bar.Close);
        Out[0] = _atr.Value;
    }

    protected override void OnReset() => _atr.Reset();

    protected override Indicator CreateFresh() => new Atr(_period);
}
