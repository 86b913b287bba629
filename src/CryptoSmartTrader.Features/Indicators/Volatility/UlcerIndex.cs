using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Martin's Ulcer index: √(mean of D² over <c>period</c> bars) with D = 100·(C − max close of the last <c>period</c> bars)/that max.
/// Column <c>ulcer_{period}</c>; warm-up <c>2·period − 1</c>.
/// </summary>
public sealed class UlcerIndex : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _closes;
    private readonly RollingWindow _squares;

    public UlcerIndex(int period = 14)
        : base(2 * IndicatorGuard.Period("ulcer", nameof(period), period) - 1, $"ulcer_{period}")
    {
        _period = period;
        _closes = new RollingWindow(period);
        _squares = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _closes.Push(bar.Close);
        if (!_closes.IsFull)
        {
            return;
        }

        var max = _closes.Max();
        var d = 100.0 * (bar.Close - max) / max;
        _squares.Push(d * d);
        Out[0] = Math.Sqrt(Math.Max(0, _squares.Sum) / _period);
    }

    protected override void OnReset()
    {
        _closes.Reset();
        _squares.Reset();
    }

    protected override Indicator CreateFresh() => new UlcerIndex(_period);
}
