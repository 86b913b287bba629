namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>Top-k book settings for the vectorised research backtest (<see cref="TopKPortfolio"/>).</summary>
public sealed record TopKOptions
{
    public PortfolioMode Mode { get; init; } = PortfolioMode.LongShort;
    public int K { get; init; } = 3;

    /// <summary>A held name stays while its rank is within k + band (limits turnover); 0 rebuilds from scratch.</summary>
    public int HoldBand { get; init; }

    /// <summary>Bars between rebalances (the label horizon, so periods do not overlap).</summary>
    public int RebalanceBars { get; init; } = 24;

    /// <summary>Fee per unit of traded notional (0.001 = 0.1%).</summary>
    public double FeeRate { get; init; } = 0.001;

    /// <summary>Slippage per unit of traded notional (0.0005 = 5 bps).</summary>
    public double SlippageRate { get; init; } = 0.0005;

    /// <summary>
    /// Weight the names of each side in proportion to 1 / volatility (known at the rebalance bar) instead of equally;
    /// each side keeps its budget. Needs the volatility matrix passed to <see cref="TopKPortfolio.Run"/>.
    /// </summary>
    public bool VolatilityScaled { get; init; }

    /// <summary>Bars per year for annualising (8,766 hourly bars).</summary>
    public double BarsPerYear { get; init; } = 8766;

    public void Validate()
    {
        if (K < 1) throw new ArgumentOutOfRangeException(nameof(K), K, "top-k: K must be >= 1");
        if (HoldBand < 0) throw new ArgumentOutOfRangeException(nameof(HoldBand), HoldBand, "top-k: HoldBand must be >= 0");
        if (RebalanceBars < 1) throw new ArgumentOutOfRangeException(nameof(RebalanceBars), RebalanceBars, "top-k: RebalanceBars must be >= 1");
        if (!(FeeRate >= 0) || !(SlippageRate >= 0)) throw new ArgumentOutOfRangeException(nameof(FeeRate), "top-k: FeeRate and SlippageRate must be >= 0");
    }
}
