using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>Balance of power: SMA((C − O)/(H − L), period), the ratio being 0 when H = L. Column <c>bop_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class BalanceOfPower : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _ratio;

    public BalanceOfPower(int period = 14)
        : base(IndicatorGuard.Period("bop", nameof(period), period), $"bop_{period}")
    {
        _period = period;
        _ratio = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var range = bar.High - bar.Low;
        _ratio.Push(range > 0 ? (bar.Close - bar.Open) / range : 0);
        Out[0] = _ratio.Sum / _period;
    }

    protected override void OnReset() => _ratio.Reset();

    protected override Indicator CreateFresh() => new BalanceOfPower(_period);
}
