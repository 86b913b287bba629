using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Appel's MACD: line = EMA(close, fast) − EMA(close, slow); signal = EMA(line, signal); histogram = line − signal.
/// Both price EMAs start at the first bar and are seeded with the SMA of their first <c>period</c> closes; the signal EMA
/// is fed from the first valid line value and seeded with the SMA of its first <c>signal</c> line values.
/// Columns <c>macd|macd_signal|macd_hist_{fast}_{slow}_{signal}</c>; warm-up <c>slow + signal − 1</c>.
/// </summary>
public sealed class Macd : Indicator
{
    private readonly int _fast;
    private readonly int _slow;
    private readonly int _signal;
    private readonly SignalLineOscillator _oscillator;

    public Macd(int fast = 12, int slow = 26, int signal = 9)
        : base(IndicatorGuard.Period("macd", nameof(slow), slow) + IndicatorGuard.Period("macd", nameof(signal), signal) - 1,
            $"macd_{fast}_{slow}_{signal}", $"macd_signal_{fast}_{slow}_{signal}", $"macd_hist_{fast}_{slow}_{signal}")
    {
        IndicatorGuard.Period("macd", nameof(fast), fast);
        IndicatorGuard.Less("macd", nameof(fast), fast, nameof(slow), slow);
        _fast = fast;
        _slow = slow;
        _signal = signal;
        _oscillator = new SignalLineOscillator(fast, slow, signal, percent: false);
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

    protected override Indicator CreateFresh() => new Macd(_fast, _slow, _signal);
}
