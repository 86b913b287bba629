using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Zero-lag EMA (Ehlers &amp; Way): EMA(2·C − C[−lag], period) with lag = ⌊(period − 1)/2⌋, SMA-seeded.
/// Column <c>zlema_{period}</c>; warm-up <c>lag + period</c>.
/// </summary>
public sealed class Zlema : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _closes;
    private readonly EmaState _ema;

    public Zlema(int period = 20)
        : base(IndicatorGuard.Period("zlema", nameof(period), period) + (period - 1) / 2, $"zlema_{period}")
    {
        _period = period;
        _closes = new RollingWindow((period - 1) / 2 + 1);
        _ema = new EmaState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _closes.Push(bar.Close);
        if (_closes.IsFull && _ema.Add(2 * bar.Close - _closes.Oldest))
        {
            Out[0] = _ema.Value;
        }
    }

    protected override void OnReset()
    {
        _closes.Reset();
        _ema.Reset();
    }

    protected override Indicator CreateFresh() => new Zlema(_period);
}
