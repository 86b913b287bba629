using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Statistics;

/// <summary>
/// Least-squares line through the last <c>period</c> closes against x = 0..period−1 (oldest to newest), computed from
/// centred sums: slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² (price units per bar), R² = slope²·Σ(x−x̄)²/Σ(y−ȳ)² (0 when the closes are
/// flat), endpoint = ȳ + slope·(period−1−x̄). Columns <c>linreg_slope|linreg_r2|linreg_{period}</c>; warm-up <c>period</c>.
/// </summary>
public sealed class LinearRegression : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _y;
    private readonly double _xMean;
    private readonly double _sxx;

    public LinearRegression(int period = 20)
        : base(IndicatorGuard.Period("linreg", nameof(period), period, 2), $"linreg_slope_{period}", $"linreg_r2_{period}", $"linreg_{period}")
    {
        _period = period;
        _y = new RollingWindow(period);
        _xMean = (period - 1) / 2.0;
        for (var x = 0; x < period; x++)
        {
            _sxx += (x - _xMean) * (x - _xMean);
        }
    }

    protected override void Step(in OhlcvBar bar)
    {
        _y.Push(bar.Close);
        if (!_y.IsFull)
        {
            return;
        }

        var yMean = _y.Sum / _period;
        double sxy = 0, syy = 0;
        for (var x = 0; x < _period; x++)
        {
            var dy = _y[_period - 1 - x] - yMean;
            sxy += (x - _xMean) * dy;
            syy += dy * dy;
        }

        var slope = sxy / _sxx;
        Out[0] = slope;
        Out[1] = syy > 0 ? Math.Min(1.0, sxy * sxy / (_sxx * syy)) : 0;
        Out[2] = yMean + slope * (_period - 1 - _xMean);
    }

    protected override void OnReset() => _y.Reset();

    protected override Indicator CreateFresh() => new LinearRegression(_period);
}
