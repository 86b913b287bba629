using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Chande &amp; Kroll's StochRSI on a 0–100 scale: 100·(RSI − min RSI)/(max RSI − min RSI) over <c>period</c> Wilder RSI
/// values (50 when flat), %K = SMA(raw, smoothK), %D = SMA(%K, smoothD).
/// Columns <c>stochrsi_k_{rsi}_{period}_{smoothK}</c>, <c>stochrsi_d_{rsi}_{period}_{smoothK}_{smoothD}</c>;
/// warm-up <c>rsi + period + smoothK + smoothD − 2</c>.
/// </summary>
public sealed class StochRsi : Indicator
{
    private readonly int _rsiPeriod;
    private readonly int _period;
    private readonly int _smoothK;
    private readonly int _smoothD;
    private readonly Rsi _rsi;
    private readonly RollingWindow _values;
    private readonly RollingWindow _k;
    private readonly RollingWindow _d;

    public StochRsi(int rsiPeriod = 14, int period = 14, int smoothK = 3, int smoothD = 3)
        : base(IndicatorGuard.Period("stochrsi", nameof(rsiPeriod), rsiPeriod) + IndicatorGuard.Period("stochrsi", nameof(period), period)
            + IndicatorGuard.Period("stochrsi", nameof(smoothK), smoothK) + IndicatorGuard.Period("stochrsi", nameof(smoothD), smoothD) - 2,
            $"stochrsi_k_{rsiPeriod}_{period}_{smoothK}", $"stochrsi_d_{rsiPeriod}_{period}_{smoothK}_{smoothD}")
    {
        _rsiPeriod = rsiPeriod;
        _period = period;
        _smoothK = smoothK;
        _smoothD = smoothD;
        _rsi = new Rsi(rsiPeriod);
        _values = new RollingWindow(period);
        _k = new RollingWindow(smoothK);
        _d = new RollingWindow(smoothD);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _rsi.Update(in bar);
        if (!_rsi.IsReady)
        {
            return;
        }

        var rsi = _rsi.Value;
        _values.Push(rsi);
        if (!_values.IsFull)
        {
            return;
        }

        _k.Push(Stochastic.Percent(rsi, _values.Min(), _values.Max()));
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
        _rsi.Reset();
        _values.Reset();
        _k.Reset();
        _d.Reset();
    }

    protected override Indicator CreateFresh() => new StochRsi(_rsiPeriod, _period, _smoothK, _smoothD);
}
