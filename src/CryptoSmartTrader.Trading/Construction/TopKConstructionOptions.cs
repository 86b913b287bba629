namespace CryptoSmartTrader.Trading.Construction;

/// <summary>Settings of <see cref="TopKConstruction"/> (strategy package: <c>construction.kind = "top-k"</c>, <c>construction.topK</c>).</summary>
public sealed class TopKConstructionOptions
{
    /// <summary>Names per side.</summary>
    public int K { get; set; } = 3;

    /// <summary>A held name stays while ranked within k + band; 0 rebuilds from the ranking alone.</summary>
    public int HoldBand { get; set; } = 1;

    /// <summary>Long the top k and short the bottom k (dollar-neutral); false: long-only top k.</summary>
    public bool LongShort { get; set; } = true;

    /// <summary>Bars between rebuilds of the book (24 on hourly bars: once a day); the targets are repeated in between.</summary>
    public int RebalanceBars { get; set; } = 24;

    /// <summary>Gross exposure of the whole book (fraction of equity).</summary>
    public double GrossBudget { get; set; } = 1.0;

    public void Validate()
    {
        if (K < 1) throw new ArgumentOutOfRangeException(nameof(K), K, "top-k construction: k must be >= 1");
        if (HoldBand < 0) throw new ArgumentOutOfRangeException(nameof(HoldBand), HoldBand, "top-k construction: holdBand must be >= 0");
        if (RebalanceBars < 1) throw new ArgumentOutOfRangeException(nameof(RebalanceBars), RebalanceBars, "top-k construction: rebalanceBars must be >= 1");
        if (!(GrossBudget > 0 && GrossBudget <= 10)) throw new ArgumentOutOfRangeException(nameof(GrossBudget), GrossBudget, "top-k construction: grossBudget must be in (0, 10]");
    }
}
