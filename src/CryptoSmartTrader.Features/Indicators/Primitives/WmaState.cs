namespace CryptoSmartTrader.Features.Indicators.Primitives;

/// <summary>
/// Linearly weighted moving average: weights 1..period, newest heaviest, divided by period(period+1)/2.
/// The weighted sum is updated in O(1): once full, <c>wsum += period * x - sum(previous window)</c>.
/// </summary>
internal sealed class WmaState
{
    private readonly RollingWindow _window;
    private readonly int _period;
    private readonly double _denominator;
    private double _weighted;

    public WmaState(int period)
    {
        _period = period;
        _window = new RollingWindow(period);
        _denominator = period * (period + 1) / 2.0;
    }

    public bool IsReady => _window.IsFull;

    public double Value => _weighted / _denominator;

    public bool Add(double x)
    {
        if (!_window.IsFull)
        {
            _window.Push(x);
            _weighted += _window.Count * x;
            return _window.IsFull;
        }

        var before = _window.Sum;
        _window.Push(x);
        _weighted += _period * x - before;
        return true;
    }

    public void Reset()
    {
        _window.Reset();
        _weighted = 0;
    }
}
