using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>Volume-weighted moving average of the close: Σ(C·V)/ΣV over <c>period</c> bars (plain mean of C when ΣV = 0). Column <c>vwma_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class Vwma : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _cv;
    private readonly RollingWindow _v;
    private readonly RollingWindow _c;

    public Vwma(int period = 20)
        : base(IndicatorGuard.Period("vwma", nameof(period), period), $"vwma_{period}")
    {
        _period = period;
        _cv = new RollingWindow(period);
        _v = new RollingWindow(period);
        _c = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _cv.Push(bar.Close * bar.Volume);
        _v.Push(bar.Volume);
        _c.Push(bar.Close);
        Out[0] = _v.Sum > 0 ? _cv.Sum / _v.Sum : _c.Sum / _period;
    }

    protected override void OnReset()
    {
        _cv.Reset();
        _v.Reset();
        _c.Reset();
    }

    protected override Indicator CreateFresh() => new Vwma(_period);
}
