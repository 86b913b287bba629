using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Percentage price oscillator: 100·(EMA(fast) − EMA(slow)) / EMA(slow), signal = EMA(ppo, signal), hist = ppo − signal;
/// EMAs seeded as in <see cref="Macd"/>. Columns <c>ppo|ppo_signal|ppo_hist_{fast}_{slow}_{signal}</c>; warm-up <c>slow + signal − 1</c>.
/// </summary>
public sealed class Ppo : Indicator
{
    private readonly int _fast;
    private readonly int _slow;
    private readonly int _signal;
    private readonly SignalLineOscillator _oscillator;

    public Ppo(int fast = 12, int slow = 26, int signal = 9)
        : base(IndicatorGuard.Period("ppo", nameof(slow), slow) + IndicatorGuard.Period("ppo", nameof(signal), signal) - 1,
            $"ppo_{fast}_{slow}_{signal}", $"ppo_signal_{fast}_{slow}_{signal}", $"ppo_hist_{fast}_{slow}_{signal}")
    {
        IndicatorGuard.Period("ppo", nameof(fast), fast);
        IndicatorGuard.Less("ppo", nameof(fast), fast, nameof(slow), slow);
        _fast = fast;
        _slow = slow;
        _signal = signal;
        _oscillator = new SignalLineOscillator(fast, slow, signal, percent: true);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_oscillator.Add(bar.Close, out var line, out var signal))
        {
            Out[0] = line;
            Out[1] = signal;
            Out[2] = line - signal;
        }
    }

    protected override void OnReset() => _oscillator.Reset();

    protected override Indicator CreateFresh() => new Ppo(_fast, _slow, _signal);
}
