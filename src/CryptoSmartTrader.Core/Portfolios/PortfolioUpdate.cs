namespace CryptoSmartTrader.Core.Portfolios;

/// <summary>What booking a fill did: realised PnL and the fee's value in the account currency, or why it was refused.</summary>
public readonly record struct PortfolioUpdate(bool Applied, decimal RealizedPnl, decimal FeeValue, string? Error)
{
    public static PortfolioUpdate Ok(decimal realized, decimal fee) => new(true, realized, fee, null);

    public static PortfolioUpdate Refused(string error) => new(false, 0m, 0m, error);
}
