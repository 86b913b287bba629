using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>
/// Arms' ease of movement, SMA-smoothed: EMV = Δmid · (H − L) / V with mid = (H + L)/2, Δmid against the previous bar and
/// V in base units without scaling (0 when V = 0); output = SMA(EMV, period). Column <c>eom_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class EaseOfMovement : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _emv;
    private double _prevMid;
    private bool _seen;

    public EaseOfMovement(int period = 14)
        : base(IndicatorGuard.Period("eom", nameof(period), period) + 1, $"eom_{period}")
    {
        _period = period;
        _emv = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var mid = bar.Median;
        if (_seen)
        {
            _emv.Push(bar.Volume > 0 ? (mid - _prevMid) * (bar.High - bar.Low) / bar.Volume : 0);
            Out[0] = _emv.Sum / _period;
        }

        _seen = true;
        _prevMid = mid;
    }

    protected override void OnReset()
    {
        _emv.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new EaseOfMovement(_period);
}
