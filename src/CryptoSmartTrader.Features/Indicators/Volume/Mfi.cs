using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>
/// Money flow index (Quong &amp; Soudack). Typical price TP = (H + L + C)/3, raw flow = TP·V; from the second bar a flow is
/// positive when TP rises, negative when it falls, neither when unchanged. MFI = 100·ΣPos / (ΣPos + ΣNeg) over
/// <c>period</c> bars, equal to 100 − 100/(1 + ΣPos/ΣNeg); 50 when both sums are 0. Column <c>mfi_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class Mfi : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _pos;
    private readonly RollingWindow _neg;
    private double _prevTp;
    private bool _seen;

    public Mfi(int period = 14)
        : base(IndicatorGuard.Period("mfi", nameof(period), period) + 1, $"mfi_{period}")
    {
        _period = period;
        _pos = new RollingWindow(period);
        _neg = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var tp = bar.Typical;
        if (_seen)
        {
            var flow = tp * bar.Volume;
            _pos.Push(tp > _prevTp ? flow : 0);
            _neg.Push(tp < _prevTp ? flow : 0);
            var total = _pos.Sum + _neg.Sum;
            Out[0] = total > 0 ? 100.0 * _pos.Sum / total : 50.0;
        }

        _seen = true;
        _prevTp = tp;
    }

    protected override void OnReset()
    {
        _pos.Reset();
        _neg.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new Mfi(_period);
}
