using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Chaikin volatility: 100·(E / E[−rocPeriod] − 1) with E = EMA(H − L, emaPeriod) (SMA-seeded); 0 when E[−rocPeriod] is 0.
/// Column <c>chaikin_vol_{emaPeriod}_{rocPeriod}</c>; warm-up <c>emaPeriod + rocPeriod</c>.
/// </summary>
public sealed class ChaikinVolatility : Indicator
{
    private readonly int _emaPeriod;
    private readonly int _rocPeriod;
    private readonly EmaState _ema;
    private readonly RollingWindow _history;

    public ChaikinVolatility(int emaPeriod = 10, int rocPeriod = 10)
        : base(IndicatorGuard.Period("chaikin_vol", nameof(emaPeriod), emaPeriod) + IndicatorGuard.Period("chaikin_vol", nameof(rocPeriod), rocPeriod),
            $"chaikin_vol_{emaPeriod}_{rocPeriod}")
    {
        _emaPeriod = emaPeriod;
        _rocPeriod = rocPeriod;
        _ema = new EmaState(emaPeriod);
        _history = new RollingWindow(rocPeriod + 1);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (!_ema.Add(bar.High - bar.Low))
        {
            return;
        }

        _history.Push(_ema.Value);
        var old = _history.Oldest;
        Out[0] = old > 0 ? 100.0 * (_ema.Value / old - 1.0) : 0;
    }

    protected override void OnReset()
    {
        _ema.Reset();
        _history.Reset();
    }

    protected override Indicator CreateFresh() => new ChaikinVolatility(_emaPeriod, _rocPeriod);
}
