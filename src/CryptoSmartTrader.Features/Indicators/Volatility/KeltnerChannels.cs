using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Keltner channels (Raschke form): middle = EMA(close, period) (SMA-seeded), bands = middle ± multiplier · Wilder ATR(atrPeriod).
/// Columns <c>kc_mid|kc_upper|kc_lower_{period}_{atrPeriod}_{mult}</c>; warm-up <c>max(period, atrPeriod + 1)</c>.
/// </summary>
public sealed class KeltnerChannels : Indicator
{
    private readonly int _period;
    private readonly int _atrPeriod;
    private readonly double _multiplier;
    private readonly EmaState _ema;
    private readonly AtrState _atr;

    public KeltnerChannels(int period = 20, int atrPeriod = 10, double multiplier = 2.0)
        : base(Math.Max(IndicatorGuard.Period("keltner", nameof(period), period), IndicatorGuard.Period("keltner", nameof(atrPeriod), atrPeriod) + 1),
            $"kc_mid_{period}_{atrPeriod}_{P(multiplier)}", $"kc_upper_{period}_{atrPeriod}_{P(multiplier)}", $"kc_lower_{period}_{atrPeriod}_{P(multiplier)}")
    {
        IndicatorGuard.Positive("keltner", nameof(multiplier), multiplier);
        _period = period;
        _atrPeriod = atrPeriod;
        _multiplier = multiplier;
        _ema = new EmaState(period);
        _atr = new AtrState(atrPeriod);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _ema.Add(bar.Close);
        _atr.Add(bar.High, bar.Low, bar.Close);
        var band = _multiplier * _atr.Value;
        Out[0] = _ema.Value;
        Out[1] = _ema.Value + band;
        Out[2] = _ema.Value - band;
    }

    protected override void OnReset()
    {
        _ema.Reset();
        _atr.Reset();
    }

    protected override Indicator CreateFresh() => new KeltnerChannels(_period, _atrPeriod, _multiplier);
}
