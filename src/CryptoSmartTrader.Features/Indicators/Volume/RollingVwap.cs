using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>
/// Rolling volume-weighted average price over <c>period</c> bars: Σ(TP·V)/ΣV with TP = (H + L + C)/3; when the window
/// traded nothing the plain mean of TP is used (equal weights), never a stale value. Column <c>vwap_{period}</c>; warm-up <c>period</c>.
/// </summary>
public sealed class RollingVwap : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _pv;
    private readonly RollingWindow _v;
    private readonly RollingWindow _tp;

    public RollingVwap(int period = 20)
        : base(IndicatorGuard.Period("vwap", nameof(period), period), $"vwap_{period}")
    {
        _period = period;
        _pv = new RollingWindow(period);
        _v = new RollingWindow(period);
        _tp = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var tp = bar.Typical;
        _pv.Push(tp * bar.Volume);
        _v.Push(bar.Volume);
        _tp.Push(tp);
        Out[0] = _v.Sum > 0 ? _pv.Sum / _v.Sum : _tp.Sum / _period;
    }

    protected override void OnReset()
    {
        _pv.Reset();
        _v.Reset();
        _tp.Reset();
    }

    protected override Indicator CreateFresh() => new RollingVwap(_period);
}
