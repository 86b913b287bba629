using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Garman–Klass (1980) volatility per bar: √(mean over <c>period</c> bars of ½·ln(H/L)² − (2·ln 2 − 1)·ln(C/O)²),
/// the mean clamped at 0. Column <c>gk_{period}</c>; warm-up <c>period</c>.
/// </summary>
public sealed class GarmanKlassVolatility : Indicator
{
    private static readonly double CloseWeight = 2.0 * Math.Log(2.0) - 1.0;
    private readonly int _period;
    private readonly RollingWindow _terms;

    public GarmanKlassVolatility(int period = 20)
        : base(IndicatorGuard.Period("gk", nameof(period), period), $"gk_{period}")
    {
        _period = period;
        _terms = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var hl = Math.Log(bar.High / bar.Low);
        var co = Math.Log(bar.Close / bar.Open);
        _terms.Push(0.5 * hl * hl - CloseWeight * co * co);
        Out[0] = Math.Sqrt(Math.Max(0, _terms.Sum / _period));
    }

    protected override void OnReset() => _terms.Reset();

    protected override Indicator CreateFresh() => new GarmanKlassVolatility(_period);
}
