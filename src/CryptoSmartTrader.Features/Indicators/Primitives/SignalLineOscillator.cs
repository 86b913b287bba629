namespace CryptoSmartTrader.Features.Indicators.Primitives;

/// <summary>
/// Two EMAs of one input, a line from them (difference, or percentage of the slow EMA) and an EMA signal of that line:
/// the shared engine of MACD, PPO and PVO. EMAs are seeded as in <see cref="EmaState"/>; the signal EMA starts with the
/// first valid line value.
/// </summary>
internal sealed class SignalLineOscillator(int fast, int slow, int signal, bool percent)
{
    private readonly EmaState _fast = new(fast);
    private readonly EmaState _slow = new(slow);
    private readonly EmaState _signal = new(signal);

    /// <summary>Adds one input; returns whether <paramref name="line"/> and <paramref name="signalValue"/> are valid.</summary>
    public bool Add(double x, out double line, out double signalValue)
    {
        _fast.Add(x);
        line = 0;
        signalValue = 0;
        if (!_slow.Add(x))
        {
            return false;
        }

        var s = _slow.Value;
        line = !percent ? _fast.Value - s : s > 0 ? 100.0 * (_fast.Value - s) / s : 0;
        if (!_signal.Add(line))
        {
            return false;
        }

        signalValue = _signal.Value;
        return true;
    }

    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
    }
}
