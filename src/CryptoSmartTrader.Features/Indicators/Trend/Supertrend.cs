using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Supertrend: basic bands (H+L)/2 ± multiplier·ATR (Wilder ATR, <see cref="Volatility.Atr"/>). The final upper band only
/// falls (unless the previous close broke above it), the final lower band only rises (unless the previous close broke
/// below it). The line follows the lower band in an up-trend and flips to the upper band when the close falls below the
/// lower band (and vice versa). The first valid bar starts up-trend unless its close is below the lower band.
/// Columns <c>supertrend_{period}_{mult}</c>, <c>supertrend_dir_{period}_{mult}</c> (+1/−1); warm-up <c>period + 1</c>.
/// </summary>
public sealed class Supertrend : Indicator
{
    private readonly int _period;
    private readonly double _multiplier;
    private readonly AtrState _atr;
    private double _upper;
    private double _lower;
    private double _prevClose;
    private bool _up;
    private bool _started;

    public Supertrend(int period = 10, double multiplier = 3.0)
        : base(IndicatorGuard.Period("supertrend", nameof(period), period) + 1, $"supertrend_{period}_{P(multiplier)}", $"supertrend_dir_{period}_{P(multiplier)}")
    {
        IndicatorGuard.Positive("supertrend", nameof(multiplier), multiplier);
        _period = period;
        _multiplier = multiplier;
        _atr = new AtrState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var ready = _atr.Add(bar.High, bar.Low, bar.Close);
        if (!ready)
        {
            _prevClose = bar.Close;
            return;
        }

        var mid = (bar.High + bar.Low) / 2;
        var basicUpper = mid + _multiplier * _atr.Value;
        var basicLower = mid - _multiplier * _atr.Value;
        if (!_started)
        {
            _started = true;
            _upper = basicUpper;
            _lower = basicLower;
            _up = bar.Close >= _lower;
        }
        else
        {
            _upper = basicUpper < _upper || _prevClose > _upper ? basicUpper : _upper;
            _lower = basicLower > _lower || _prevClose < _lower ? basicLower : _lower;
            _up = _up ? bar.Close >= _lower : bar.Close > _upper;
        }

        _prevClose = bar.Close;
        Out[0] = _up ? _lower : _upper;
        Out[1] = _up ? 1 : -1;
    }

    protected override void OnReset()
    {
        _atr.Reset();
        _upper = _lower = _prevClose = 0;
        _up = _started = false;
    }

    protected override Indicator CreateFresh() => new Supertrend(_period, _multiplier);
}
