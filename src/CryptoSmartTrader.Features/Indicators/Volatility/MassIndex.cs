using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Dorsey's mass index: Σ over <c>sum</c> bars of E1/E2 with E1 = EMA(H − L, ema), E2 = EMA(E1, ema) (SMA-seeded, chained);
/// the ratio is 1 when E2 is 0. Column <c>mass_{ema}_{sum}</c>; warm-up <c>2·ema + sum − 2</c>.
/// </summary>
public sealed class MassIndex : Indicator
{
    private readonly int _ema;
    private readonly int _sum;
    private readonly EmaState _e1;
    private readonly EmaState _e2;
    private readonly RollingWindow _ratios;

    public MassIndex(int ema = 9, int sum = 25)
        : base(2 * IndicatorGuard.Period("mass", nameof(ema), ema) + IndicatorGuard.Period("mass", nameof(sum), sum) - 2, $"mass_{ema}_{sum}")
    {
        _ema = ema;
        _sum = sum;
        _e1 = new EmaState(ema);
        _e2 = new EmaState(ema);
        _ratios = new RollingWindow(sum);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_e1.Add(bar.High - bar.Low) && _e2.Add(_e1.Value))
        {
            _ratios.Push(_e2.Value > 0 ? _e1.Value / _e2.Value : 1.0);
            Out[0] = _ratios.Sum;
        }
    }

    protected override void OnReset()
    {
        _e1.Reset();
        _e2.Reset();
        _ratios.Reset();
    }

    protected override Indicator CreateFresh() => new MassIndex(_ema, _sum);
}
