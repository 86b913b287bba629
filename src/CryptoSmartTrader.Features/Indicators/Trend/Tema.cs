using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Mulloy's triple EMA: 3·E1 − 3·E2 + E3 with E1 = EMA(close), E2 = EMA(E1), E3 = EMA(E2), each SMA-seeded and fed
/// once its input is valid. Column <c>tema_{period}</c>; warm-up <c>3·period − 2</c>.
/// </summary>
public sealed class Tema : Indicator
{
    private readonly int _period;
    private readonly EmaState _e1;
    private readonly EmaState _e2;
    private readonly EmaState _e3;

    public Tema(int period = 20)
        : base(3 * IndicatorGuard.Period("tema", nameof(period), period) - 2, $"tema_{period}")
    {
        _period = period;
        _e1 = new EmaState(period);
        _e2 = new EmaState(period);
        _e3 = new EmaState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_e1.Add(bar.Close) && _e2.Add(_e1.Value) && _e3.Add(_e2.Value))
        {
            Out[0] = 3 * _e1.Value - 3 * _e2.Value + _e3.Value;
        }
    }

    protected override void OnReset()
    {
        _e1.Reset();
        _e2.Reset();
        _e3.Reset();
    }

    protected override Indicator CreateFresh() => new Tema(_period);
}
