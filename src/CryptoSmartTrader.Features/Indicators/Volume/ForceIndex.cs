using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>Elder's force index: EMA((C − Cprev)·V, period), SMA-seeded, from the second bar. Column <c>force_{period}</c>; warm-up <c>period + 1</c>.</summary>
public sealed class ForceIndex : Indicator
{
    private readonly int _period;
    private readonly EmaState _ema;
    private double _prev;
    private bool _seen;

    public ForceIndex(int period = 13)
        : base(IndicatorGuard.Period("force", nameof(period), period) + 1, $"force_{period}")
    {
        _period = period;
        _ema = new EmaState(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            _ema.Add((bar.Close - _prev) * bar.Volume);
            Out[0] = _ema.Value;
        }

        _seen = true;
        _prev = bar.Close;
    }

    protected override void OnReset()
    {
        _ema.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new ForceIndex(_period);
}
