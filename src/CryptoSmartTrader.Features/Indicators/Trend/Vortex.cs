using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Vortex indicator (Botes &amp; Siepman): VM+ = |H − Lprev|, VM− = |L − Hprev|; VI± = Σ VM± / Σ TR over <c>period</c>
/// bars (0 when Σ TR is 0). Columns <c>vi_plus|vi_minus_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class Vortex : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _plus;
    private readonly RollingWindow _minus;
    private readonly RollingWindow _tr;
    private OhlcvBar _prev;
    private bool _seen;

    public Vortex(int period = 14)
        : base(IndicatorGuard.Period("vortex", nameof(period), period) + 1, $"vi_plus_{period}", $"vi_minus_{period}")
    {
        _period = period;
        _plus = new RollingWindow(period);
        _minus = new RollingWindow(period);
        _tr = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            _plus.Push(Math.Abs(bar.High - _prev.Low));
            _minus.Push(Math.Abs(bar.Low - _prev.High));
            _tr.Push(AtrState.TrueRange(bar.High, bar.Low, _prev.Close));
            var tr = _tr.Sum;
            Out[0] = tr > 0 ? _plus.Sum / tr : 0;
            Out[1] = tr > 0 ? _minus.Sum / tr : 0;
        }

        _seen = true;
        _prev = bar;
    }

    protected override void OnReset()
    {
        _plus.Reset();
        _minus.Reset();
        _tr.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new Vortex(_period);
}
