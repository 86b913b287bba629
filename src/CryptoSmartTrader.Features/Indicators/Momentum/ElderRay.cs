using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>Elder ray: bull power = H − EMA(close, period), bear power = L − EMA(close, period) (SMA-seeded EMA). Columns <c>elder_bull|elder_bear_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class ElderRay : Indicator
{
    private readonly int _period;
    private readonly EmaState _ema;

    public ElderRay(int period = 13)
        : base(IndicatorGuard.Period("elder", nameof(period), period), $"elder_bull_{period}", $"elder_bear_{period}")
    {
        _period = period;
        _ema = new EmaState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _ema.Add(bar.Close);
        Out[0] = bar.High - _ema.Value;
        Out[1] = bar.Low - _ema.Value;
    }

    protected override void OnReset() => _ema.Reset();

    protected override Indicator CreateFresh() => new ElderRay(_period);
}
