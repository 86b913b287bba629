using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Trading.Sizing;

/// <summary>Turns an insight into a position size as a non-negative fraction of equity (the direction comes from the insight).</summary>
public interface IPositionSizer
{
    double Fraction(in AlphaInsight insight, in SizingContext context);
}
