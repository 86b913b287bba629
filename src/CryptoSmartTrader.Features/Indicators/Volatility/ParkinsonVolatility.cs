using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>Parkinson (1980) range volatility per bar: √(Σ ln(H/L)² / (4·ln 2 · period)). Column <c>parkinson_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class ParkinsonVolatility : Indicator
{
    private static readonly double Denominator = 4.0 * Math.Log(2.0);
    private readonly int _period;
    private readonly RollingWindow _terms;

    public ParkinsonVolatility(int period = 20)
        : base(IndicatorGuard.Period("parkinson", nameof(period), period), $"parkinson_{period}")
    {
        _period = period;
        _terms = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var hl = Math.Log(bar.High / bar.Low);
        _terms.Push(hl * hl);
        Out[0] = Math.Sqrt(Math.Max(0, _terms.Sum) / (Denominator * _period));
    }

    protected override void OnReset() => _terms.Reset();

    protected override Indicator CreateFresh() => new ParkinsonVolatility(_period);
}
