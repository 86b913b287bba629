using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Blau's True Strength Index: 100·EMA(EMA(ΔC, long), short) / EMA(EMA(|ΔC|, long), short), EMAs SMA-seeded and chained;
/// 0 when the denominator is 0. Column <c>tsi_{long}_{short}</c>; warm-up <c>long + short</c>.
/// </summary>
public sealed class Tsi : Indicator
{
    private readonly int _long;
    private readonly int _short;
    private readonly EmaState _m1;
    private readonly EmaState _m2;
    private readonly EmaState _a1;
    private readonly EmaState _a2;
    private double _prev;
    private bool _seen;

    public Tsi(int longPeriod = 25, int shortPeriod = 13)
        : base(IndicatorGuard.Period("tsi", nameof(longPeriod), longPeriod) + IndicatorGuard.Period("tsi", nameof(shortPeriod), shortPeriod),
            $"tsi_{longPeriod}_{shortPeriod}")
    {
        _long = longPeriod;
        _short = shortPeriod;
        _m1 = new EmaState(longPeriod);
        _m2 = new EmaState(shortPeriod);
        _a1 = new EmaState(longPeriod);
        _a2 = new EmaState(shortPeriod);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            var d = bar.Close - _prev;
            _a1.Add(Math.Abs(d));
            if (_m1.Add(d))
            {
                _a2.Add(_a1.Value);
                if (_m2.Add(_m1.Value))
                {
                    Out[0] = _a2.Value > 0 ? 100.0 * _m2.Value / _a2.Value : 0;
                }
            }
        }

        _seen = true;
        _prev = bar.Close;
    }

    protected override void OnReset()
    {
        _m1.Reset();
        _m2.Reset();
        _a1.Reset();
        _a2.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new Tsi(_long, _short);
}
