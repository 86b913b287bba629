namespace CryptoSmartTrader.Models.Labels;

/// <summary>
/// The round-trip cost a move must beat to count as a direction: a fee on entry and on exit plus one spread,
/// expressed as a log return so it compares directly with forward log returns.
/// </summary>
public readonly record struct CostThreshold
{
    public CostThreshold(double feeRate, double spread)
    {
        if (!(feeRate >= 0 && feeRate < 0.1))
        {
            throw new ArgumentOutOfRangeException(nameof(feeRate), feeRate, $"cost threshold: feeRate must be a fraction in [0, 0.1), got {feeRate}");
        }

        if (!(spread >= 0 && spread < 0.1))
        {
            throw new ArgumentOutOfRangeException(nameof(spread), spread, $"cost threshold: spread must be a fraction in [0, 0.1), got {spread}");
        }

        FeeRate = feeRate;
        Spread = spread;
    }

    /// <summary>Binance spot taker fee (0.1%) and a 2 bp spread.</summary>
    public static CostThreshold BinanceSpotTaker { get; } = new(0.001, 0.0002);

    public static CostThreshold None { get; } = new(0, 0);

    public double FeeRate { get; }
    public double Spread { get; }

    /// <summary>-ln(1 - cost): the log return that exactly pays the round trip.</summary>
    public double LogReturn => -Math.Log(1 - (2 * FeeRate + Spread));
}
