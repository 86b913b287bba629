using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Triangular moving average: SMA(SMA(close, a), b) with a = period/2 and b = period/2 + 1 for even periods and
/// a = b = (period+1)/2 for odd ones, so a + b − 1 = period.
/// Column <c>trima_{period}</c>; warm-up <c>period</c>.
/// </summary>
public sealed class Trima : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _inner;
    private readonly RollingWindow _outer;

    public Trima(int period = 20)
        : base(IndicatorGuard.Period("trima", nameof(period), period, 2), $"trima_{period}")
    {
        _period = period;
        var a = period % 2 == 0 ? period / 2 : (period + 1) / 2;
        var b = period - a + 1;
        _inner = new RollingWindow(a);
        _outer = new RollingWindow(b);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _inner.Push(bar.Close);
        if (!_inner.IsFull)
        {
            return;
        }

        _outer.Push(_inner.Sum / _inner.Capacity);
        Out[0] = _outer.Sum / _outer.Capacity;
    }

    protected override void OnReset()
    {
        _inner.Reset();
        _outer.Reset();
    }

    protected override Indicator CreateFresh() => new Trima(_period);
}
