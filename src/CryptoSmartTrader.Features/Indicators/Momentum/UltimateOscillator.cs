using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Williams' Ultimate Oscillator. From the second bar: BP = C − min(L, Cprev), TR = max(H, Cprev) − min(L, Cprev);
/// A_n = ΣBP/ΣTR over n bars (0.5 when ΣTR = 0); UO = 100·(4·A_short + 2·A_mid + A_long)/7.
/// Column <c>uo_{short}_{mid}_{long}</c>; warm-up <c>long + 1</c>.
/// </summary>
public sealed class UltimateOscillator : Indicator
{
    private readonly int _short;
    private readonly int _mid;
    private readonly int _long;
    private readonly RollingWindow[] _bp;
    private readonly RollingWindow[] _tr;
    private double _prevClose;
    private bool _seen;

    public UltimateOscillator(int shortPeriod = 7, int midPeriod = 14, int longPeriod = 28)
        : base(IndicatorGuard.Period("uo", nameof(longPeriod), longPeriod) + 1, $"uo_{shortPeriod}_{midPeriod}_{longPeriod}")
    {
        IndicatorGuard.Period("uo", nameof(shortPeriod), shortPeriod);
        IndicatorGuard.Less("uo", nameof(shortPeriod), shortPeriod, nameof(midPeriod), midPeriod);
        IndicatorGuard.Less("uo", nameof(midPeriod), midPeriod, nameof(longPeriod), longPeriod);
        _short = shortPeriod;
        _mid = midPeriod;
        _long = longPeriod;
        _bp = [new(shortPeriod), new(midPeriod), new(longPeriod)];
        _tr = [new(shortPeriod), new(midPeriod), new(longPeriod)];
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            var low = Math.Min(bar.Low, _prevClose);
            var bp = bar.Close - low;
            var tr = Math.Max(bar.High, _prevClose) - low;
            for (var i = 0; i < 3; i++)
            {
                _bp[i].Push(bp);
                _tr[i].Push(tr);
            }

            Out[0] = 100.0 * (4 * Average(0) + 2 * Average(1) + Average(2)) / 7.0;
        }

        _seen = true;
        _prevClose = bar.Close;
    }

    private double Average(int i) => _tr[i].Sum > 0 ? _bp[i].Sum / _tr[i].Sum : 0.5;

    protected override void OnReset()
    {
        for (var i = 0; i < 3; i++)
        {
            _bp[i].Reset();
            _tr[i].Reset();
        }

        _seen = false;
    }

    protected override Indicator CreateFresh() => new UltimateOscillator(_short, _mid, _long);
}
