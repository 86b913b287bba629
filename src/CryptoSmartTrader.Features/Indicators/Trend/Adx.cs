using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Wilder's directional movement system (1978). From the second bar: +DM = H − Hprev when it exceeds Lprev − L and is
/// positive, else 0; −DM symmetrically; TR as in <see cref="Volatility.Atr"/>. TR, +DM and −DM are Wilder-smoothed
/// (seeded with the mean of the first <c>period</c> values); +DI = 100·+DM/TR, −DI = 100·−DM/TR (0 when TR is 0);
/// DX = 100·|+DI − −DI| / (+DI + −DI) (0 when both are 0); ADX = Wilder smoothing of DX seeded with the mean of the
/// first <c>period</c> DX values. Columns <c>adx|plus_di|minus_di_{period}</c>; warm-up <c>2·period</c> (ADX's; the DIs
/// are reported from the same bar so that one row is either fully valid or not).
/// </summary>
public sealed class Adx : Indicator
{
    private readonly int _period;
    private readonly WilderState _tr;
    private readonly WilderState _plus;
    private readonly WilderState _minus;
    private readonly WilderState _adx;
    private double _prevHigh;
    private double _prevLow;
    private double _prevClose;
    private bool _seen;

    public Adx(int period = 14)
        : base(2 * IndicatorGuard.Period("adx", nameof(period), period), $"adx_{period}", $"plus_di_{period}", $"minus_di_{period}")
    {
        _period = period;
        _tr = new WilderState(period);
        _plus = new WilderState(period);
        _minus = new WilderState(period);
        _adx = new WilderState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (!_seen)
        {
            _seen = true;
            (_prevHigh, _prevLow, _prevClose) = (bar.High, bar.Low, bar.Close);
            return;
        }

        var up = bar.High - _prevHigh;
        var down = _prevLow - bar.Low;
        var tr = AtrState.TrueRange(bar.High, bar.Low, _prevClose);
        (_prevHigh, _prevLow, _prevClose) = (bar.High, bar.Low, bar.Close);
        _tr.Add(tr);
        _plus.Add(up > down && up > 0 ? up : 0);
        if (!_minus.Add(down > up && down > 0 ? down : 0))
        {
            return;
        }

        var plusDi = _tr.Value > 0 ? 100.0 * _plus.Value / _tr.Value : 0;
        var minusDi = _tr.Value > 0 ? 100.0 * _minus.Value / _tr.Value : 0;
        var sum = plusDi + minusDi;
        var dx = sum > 0 ? 100.0 * Math.Abs(plusDi - minusDi) / sum : 0;
        _adx.Add(dx);
        Out[0] = _adx.Value;
        Out[1] = plusDi;
        Out[2] = minusDi;
    }

    protected override void OnReset()
    {
        _tr.Reset();
        _plus.Reset();
        _minus.Reset();
        _adx.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new Adx(_period);
}
