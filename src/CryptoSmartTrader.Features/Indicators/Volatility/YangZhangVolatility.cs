using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Yang–Zhang (2000) volatility per bar over <c>period</c> bars (from the second bar): σ² = σ²_o + k·σ²_c + (1 − k)·σ²_rs
/// with σ²_o the sample variance of ln(O/Cprev), σ²_c that of ln(C/O), σ²_rs the mean Rogers–Satchell term
/// ln(H/C)·ln(H/O) + ln(L/C)·ln(L/O), and k = 0.34 / (1.34 + (n + 1)/(n − 1)). Column <c>yz_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class YangZhangVolatility : Indicator
{
    private readonly int _period;
    private readonly double _k;
    private readonly RollingStats _overnight;
    private readonly RollingStats _openClose;
    private readonly RollingWindow _rs;
    private double _prevClose;
    private bool _seen;

    public YangZhangVolatility(int period = 20)
        : base(IndicatorGuard.Period("yz", nameof(period), period, 2) + 1, $"yz_{period}")
    {
        _period = period;
        _k = 0.34 / (1.34 + (period + 1.0) / (period - 1.0));
        _overnight = new RollingStats(period);
        _openClose = new RollingStats(period);
        _rs = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            _overnight.Add(Math.Log(bar.Open / _prevClose));
            _openClose.Add(Math.Log(bar.Close / bar.Open));
            _rs.Push(Math.Log(bar.High / bar.Close) * Math.Log(bar.High / bar.Open) + Math.Log(bar.Low / bar.Close) * Math.Log(bar.Low / bar.Open));
            var variance = _overnight.SampleVariance + _k * _openClose.SampleVariance + (1 - _k) * _rs.Sum / _period;
            Out[0] = Math.Sqrt(Math.Max(0, variance));
        }

        _seen = true;
        _prevClose = bar.Close;
    }

    protected override void OnReset()
    {
        _overnight.Reset();
        _openClose.Reset();
        _rs.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new YangZhangVolatility(_period);
}
