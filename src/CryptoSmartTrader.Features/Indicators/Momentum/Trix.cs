using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Hutson's TRIX: 100·(E3 / E3[−1] − 1) where E3 is the triple EMA of the close (each SMA-seeded and chained).
/// Column <c>trix_{period}</c>; warm-up <c>3·period − 1</c>.
/// </summary>
public sealed class Trix : Indicator
{
    private readonly int _period;
    private readonly EmaState _e1;
    private readonly EmaState _e2;
    private readonly EmaState _e3;
    private double _prev;
    private bool _hasPrev;

    public Trix(int period = 15)
        : base(3 * IndicatorGuard.Period("trix", nameof(period), period) - 1, $"trix_{period}")
    {
        _period = period;
        _e1 = new EmaState(period);
        _e2 = new EmaState(period);
        _e3 = new EmaState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (!(_e1.Add(bar.Close) && _e2.Add(_e1.Value) && _e3.Add(_e2.Value)))
        {
            return;
        }

        if (_hasPrev)
        {
            Out[0] = 100.0 * (_e3.Value / _prev - 1.0);
        }

        _prev = _e3.Value;
        _hasPrev = true;
    }

    protected override void OnReset()
    {
        _e1.Reset();
        _e2.Reset();
        _e3.Reset();
        _hasPrev = false;
    }

    protected override Indicator CreateFresh() => new Trix(_period);
}
