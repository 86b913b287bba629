using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Research;

/// <summary>
/// What the portfolio should hold in a symbol after this bar, as a signed fraction of equity (LEAN's
/// PortfolioTarget). Risk may shrink it; execution turns the difference to the current position into orders.
/// </summary>
public readonly record struct TargetPosition
{
    public TargetPosition(Symbol symbol, decimal weight, string reason)
    {
        if (weight is < -10m or > 10m)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"target: weight must be a fraction of equity in [-10, 10], got {weight}");
        }

        Symbol = symbol;
        Weight = weight;
        Reason = reason ?? string.Empty;
    }

    public Symbol Symbol { get; }
    public decimal Weight { get; }
    public string Reason { get; }

    public static TargetPosition Flat(Symbol symbol, string reason) => new(symbol, 0m, reason);
}
