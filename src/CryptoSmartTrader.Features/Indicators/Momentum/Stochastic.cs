using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Lane's slow stochastic. Fast %K = 100·(C − LL)/(HH − LL) over <c>period</c> bars (50 when HH = LL);
/// %K = SMA(fast %K, smoothK); %D = SMA(%K, smoothD). Columns <c>stoch_k_{period}_{smoothK}</c> and
/// <c>stoch_d_{period}_{smoothK}_{smoothD}</c>; warm-up <c>period + smoothK + smoothD − 2</c>.
/// </summary>
public sealed class Stochastic : Indicator
{
    private readonly int _period;
    private readonly int _smoothK;
    private readonly int _smoothD;
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;
    private readonly RollingWindow _k;
    private readonly RollingWindow _d;

    public Stochastic(int period = 14, int smoothK = 3, int smoothD = 3)
        : base(IndicatorGuard.Period("stochastic", nameof(period), period) + IndicatorGuard.Period("stochastic", nameof(smoothK), smoothK)
            + IndicatorGuard.Period("stochastic", nameof(smoothD), smoothD) - 2,
            $"stoch_k_{period}_{smoothK}", $"stoch_d_{period}_{smoothK}_{smoothD}")
    {
        _period = period;
        _smoothK = smoothK;
        _smoothD = smoothD;
        _highs = new RollingWindow(period);
        _lows = new RollingWindow(period);
        _k = new RollingWindow(smoothK);
        _d = new RollingWindow(smoothD);
    }

    /// <summary>100·(x − lo)/(hi − lo), 50 when the range is empty.</summary>
    internal static double Percent(double x, double lo, double hi) => hi > lo ? 100.0 * (x - lo) / (hi - lo) : 50.0;

    protected override void Step(in OhlcvBar bar)
    {
        _highs.Push(bar.High);
        _lows.Push(bar.Low);
        if (!_highs.IsFull)
        {
            return;
        }

        _k.Push(Percent(bar.Close, _lows.Min(), _highs.Max()));
        if (!_k.IsFull)
        {
            return;
        }

        var k = _k.Sum / _smoothK;
        _d.Push(k);
        Out[0] = k;
        Out[1] = _d.Sum / _smoothD;
    }

    protected override void OnReset()
    {
        _highs.Reset();
        _lows.Reset();
        _k.Reset();
        _d.Reset();
    }

    protected override Indicator CreateFresh() => new Stochastic(_period, _smoothK, _smoothD);
}
