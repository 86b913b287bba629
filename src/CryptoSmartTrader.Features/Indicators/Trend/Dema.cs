using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Mulloy's double EMA: 2·EMA(close) − EMA(EMA(close)), both EMAs SMA-seeded (the second is fed only once the first
/// is valid). Column <c>dema_{period}</c>; warm-up <c>2·period − 1</c>.
/// </summary>
public sealed class Dema : Indicator
{
    private readonly int _period;
    private readonly EmaState _e1;
    private readonly EmaState _e2;

    public Dema(int period = 20)
        : base(2 * IndicatorGuard.Period("dema", nameof(period), period) - 1, $"dema_{period}")
    {
        _period = period;
        _e1 = new EmaState(period);
        _e2 = new EmaState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_e1.Add(bar.Close) && _e2.Add(_e1.Value))
        {
            Out[0] = 2 * _e1.Value - _e2.Value;
        }
    }

    protected override void OnReset()
    {
        _e1.Reset();
        _e2.Reset();
    }

    protected override Indicator CreateFresh() => new Dema(_period);
}
