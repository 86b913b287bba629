namespace CryptoSmartTrader.Features.Indicators.Primitives;

/// <summary>
/// Rolling mean and sum of squared deviations (M2) over the last <c>period</c> inputs, updated Welford-style
/// (add while filling, replace once full) so the variance does not suffer the cancellation of E[x²] − E[x]².
/// M2 is clamped at zero against rounding.
/// </summary>
internal sealed class RollingStats
{
    private readonly RollingWindow _window;
    private readonly int _period;
    private readonly double _inv;

    public RollingStats(int period)
    {
        _period = period;
        _inv = 1.0 / period;
        _window = new RollingWindow(period);
    }

    public double Mean { get; private set; }

    public double M2 { get; private set; }

    public bool IsFull => _window.IsFull;

    public RollingWindow Window => _window;

    public double PopulationVariance => M2 * _inv;

    public double SampleVariance => M2 / (_period - 1);

    public void Add(double x)
    {
        if (!_window.IsFull)
        {
            _window.Push(x);
            var delta = x - Mean;
            Mean += delta / _window.Count;
            M2 += delta * (x - Mean);
            return;
        }

        var old = _window.Push(x);
        var oldMean = Mean;
        Mean += (x - old) * _inv;
        M2 += (x - old) * (x - Mean + old - oldMean);
        if (M2 < 0)
        {
            M2 = 0;
        }
    }

    public void Reset()
    {
        _window.Reset();
        Mean = 0;
        M2 = 0;
    }
}
