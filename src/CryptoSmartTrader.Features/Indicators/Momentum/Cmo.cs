using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Chande momentum oscillator: 100·(ΣU − ΣD)/(ΣU + ΣD) over the last <c>period</c> close-to-close changes (U = up moves,
/// D = down moves, plain sums, no smoothing); 0 when nothing moved. Column <c>cmo_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class Cmo : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _up;
    private readonly RollingWindow _down;
    private double _prev;
    private bool _seen;

    public Cmo(int period = 14)
        : base(IndicatorGuard.Period("cmo", nameof(period), period) + 1, $"cmo_{period}")
    {
        _period = period;
        _up = new RollingWindow(period);
        _down = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            var d = bar.Close - _prev;
            _up.Push(d > 0 ? d : 0);
            _down.Push(d < 0 ? -d : 0);
            var total = _up.Sum + _down.Sum;
            Out[0] = total > 0 ? 100.0 * (_up.Sum - _down.Sum) / total : 0;
        }

        _seen = true;
        _prev = bar.Close;
    }

    protected override void OnReset()
    {
        _up.Reset();
        _down.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new Cmo(_period);
}
