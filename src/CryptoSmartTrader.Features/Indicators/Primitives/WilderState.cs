namespace CryptoSmartTrader.Features.Indicators.Primitives;

/// <summary>
/// Wilder's smoothing (an EMA with alpha = 1 / period): seeded with the simple mean of the first <c>period</c> inputs,
/// then <c>s = s * (period - 1) / period + x / period</c> (multiplications by precomputed constants keep divisions off the dependency chain), as in Wilder (1978) for RSI, ATR and ADX.
/// </summary>
internal sealed class WilderState(int period)
{
    private readonly double _alpha = 1.0 / period;
    private readonly double _beta = (period - 1.0) / period;
    private int _count;
    private double _sum;

    public double Value { get; private set; }

    public bool IsReady => _count >= period;

    public bool Add(double x)
    {
        if (_count < period)
        {
            _sum += x;
            _count++;
            if (_count < period)
            {
                return false;
            }

            Value = _sum / period;
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
