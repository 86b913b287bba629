using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>Momentum: C − C[−period]. Column <c>mom_{period}</c>; warm-up <c>period + 1</c>.</summary>
public sealed class Mom : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _closes;

    public Mom(int period = 10)
        : base(IndicatorGuard.Period("mom", nameof(period), period) + 1, $"mom_{period}")
    {
        _period = period;
        _closes = new RollingWindow(period + 1);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _closes.Push(bar.Close);
        Out[0] = bar.Close - _closes.Oldest;
    }

    protected override void OnReset() => _closes.Reset();

    protected override Indicator CreateFresh() => new Mom(_period);
}
