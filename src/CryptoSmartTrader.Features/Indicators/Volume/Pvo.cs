using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>
/// Percentage volume oscillator: 100·(EMA(V, fast) − EMA(V, slow)) / EMA(V, slow) (0 when the slow EMA is 0),
/// signal = EMA(pvo, signal), hist = pvo − signal; EMAs as in MACD. Columns <c>pvo|pvo_signal|pvo_hist_{fast}_{slow}_{signal}</c>;
/// warm-up <c>slow + signal − 1</c>.
/// </summary>
public sealed class Pvo : Indicator
{
    private readonly int _fast;
    private readonly int _slow;
    private readonly int _signal;
    private readonly SignalLineOscillator _oscillator;

    public Pvo(int fast = 12, int slow = 26, int signal = 9)
        : base(IndicatorGuard.Period("pvo", nameof(slow), slow) + IndicatorGuard.Period("pvo", nameof(signal), signal) - 1,
            $"pvo_{fast}_{slow}_{signal}", $"pvo_signal_{fast}_{slow}_{signal}", $"pvo_hist_{fast}_{slow}_{signal}")
    {
        IndicatorGuard.Period("pvo", nameof(fast), fast);
        IndicatorGuard.Less("pvo", nameof(fast), fast, nameof(slow), slow);
        _fast = fast;
        _slow = slow;
        _signal = signal;
        _oscillator = new SignalLineOscillator(fast, slow, signal, percent: true);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_oscillator.Add(bar.Volume, out var line, out var signal))
        {
            Out[0] = line;
            Out[1] = signal;
            Out[2] = line - signal;
        }
    }

    protected override void OnReset() => _oscillator.Reset();

    protected override Indicator CreateFresh() => new Pvo(_fast, _slow, _signal);
}
