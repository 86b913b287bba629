using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Ehlers' Fisher transform of the median price (H+L)/2 over <c>period</c> bars: v = 0.66·((m − min)/(max − min) − 0.5)
/// + 0.67·v[−1] (the normalised term is 0 when max = min), clamped to ±0.999; F = 0.5·ln((1+v)/(1−v)) + 0.5·F[−1];
/// v and F start at 0 on the first full window. Signal = F[−1]. Columns <c>fisher|fisher_signal_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class FisherTransform : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _median;
    private double _v;
    private double _fisher;

    public FisherTransform(int period = 10)
        : base(IndicatorGuard.Period("fisher", nameof(period), period) + 1, $"fisher_{period}", $"fisher_signal_{period}")
    {
        _period = period;
        _median = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var m = bar.Median;
        _median.Push(m);
        if (!_median.IsFull)
        {
            return;
        }

        var hi = _median.Max();
        var lo = _median.Min();
        var norm = hi > lo ? (m - lo) / (hi - lo) - 0.5 : 0;
        _v = Math.Clamp(0.66 * norm + 0.67 * _v, -0.999, 0.999);
        var previous = _fisher;
        _fisher = 0.5 * Math.Log((1 + _v) / (1 - _v)) + 0.5 * previous;
        Out[0] = _fisher;
        Out[1] = previous;
    }

    protected override void OnReset()
    {
        _median.Reset();
        _v = _fisher = 0;
    }

    protected override Indicator CreateFresh() => new FisherTransform(_period);
}
