using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>Linearly weighted moving average of the close, weights 1..period (newest heaviest) over period(period+1)/2. Column <c>wma_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class Wma : Indicator
{
    private readonly int _period;
    private readonly WmaState _wma;

    public Wma(int period = 20)
        : base(IndicatorGuard.Period("wma", nameof(period), period), $"wma_{period}")
    {
        _period = period;
        _wma = new WmaState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _wma.Add(bar.Close);
        Out[0] = _wma.Value;
    }

    protected override void OnReset() => _wma.Reset();

    protected override Indicator CreateFresh() => new Wma(_period);
}
