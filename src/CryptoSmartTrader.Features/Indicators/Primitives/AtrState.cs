namespace CryptoSmartTrader.Features.Indicators.Primitives;

/// <summary>
/// Wilder's average true range as a streaming state: true range from the second bar (it needs the previous close),
/// seeded with the mean of the first <c>period</c> true ranges, then Wilder-smoothed. Valid after <c>period + 1</c> bars.
/// </summary>
internal sealed class AtrState(int period)
{
    private readonly double _alpha = 1.0 / period;
    private readonly double _beta = (period - 1.0) / period;
    private double _prevClose;
    private double _sum;
    private int _count;

    public double Value { get; private set; }

    /// <summary>The last true range (valid from the second bar).</summary>
    public double LastTrueRange { get; private set; }

    public bool IsReady => _count > period;

    /// <summary>Wilder's true range: max(H − L, |H − Cprev|, |L − Cprev|).</summary>
    public static double TrueRange(double high, double low, double prevClose) =>
        Math.Max(high - low, Math.Max(Math.Abs(high - prevClose), Math.Abs(low - prevClose)));

    public bool Add(double high, double low, double close)
    {
        if (_count++ == 0)
        {
            _prevClose = close;
            return false;
        }

        var tr = TrueRange(high, low, _prevClose);
        _prevClose = close;
        LastTrueRange = tr;
        if (_count <= period + 1)
        {
            _sum += tr;
            if (_count < period + 1)
            {
                return false;
            }

            Value = _sum / period;
            return true;
        }

        Value = Value * _beta + tr * _alpha;
        return true;
    }

    public void Reset()
    {
        _prevClose = _sum = 0;
        _count = 0;
        Value = 0;
        LastTrueRange = 0;
    }
}
