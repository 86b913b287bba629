namespace CryptoSmartTrader.Features.Indicators.Primitives;

/// <summary>
/// Exponential moving average with alpha = 2 / (period + 1), seeded with the simple mean of the first
/// <c>period</c> inputs (the convention of Appel's MACD and TA-Lib), then <c>ema = ema * (1 - alpha) + x * alpha</c>.
/// </summary>
internal sealed class EmaState
{
    private readonly int _period;
    private readonly double _alpha;
    private readonly double _beta;
    private int _count;
    private double _sum;

    public EmaState(int period, double? alpha = null)
    {
        _period = period;
        _alpha = alpha ?? 2.0 / (period + 1);
        _beta = 1.0 - _alpha;
    }

    public double Value { get; private set; }

    public bool IsReady => _count >= _period;

    /// <summary>Adds one input; returns whether <see cref="Value"/> is valid.</summary>
    public bool Add(double x)
    {
        if (_count < _period)
        {
            _sum += x;
            _count++;
            if (_count < _period)
            {
                return false;
            }

            Value = _sum / _period;
            return true;
        }

        Value = Value * _beta + x * _alpha;
        return true;
    }

    public void Reset()
    {
        _count = 0;
        _sum = 0;
        Value = 0;
    }
}
