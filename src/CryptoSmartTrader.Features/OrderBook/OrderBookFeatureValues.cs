namespace CryptoSmartTrader.Features.OrderBook;

/// <summary>
/// Features of one order-book snapshot. NaN marks a value the book cannot support (a side is empty, or the recorded depth
/// does not reach the band), never an estimate. Depths are in the base asset; slopes in base units per basis point.
/// </summary>
public sealed record OrderBookFeatureValues(
    double SpreadBps,
    double Mid,
    double Microprice,
    double Imbalance1,
    double Imbalance5,
    double Imbalance20,
    double BidDepth10Bps,
    double AskDepth10Bps,
    double BidDepth50Bps,
    double AskDepth50Bps,
    double BidDepth100Bps,
    double AskDepth100Bps,
    double BidSlope,
    double AskSlope)
{
    public static readonly string[] Columns =
    [
        "ob_spread_bps", "ob_mid", "ob_microprice", "ob_imbalance_1", "ob_imbalance_5", "ob_imbalance_20",
        "ob_depth_bid_10bps", "ob_depth_ask_10bps", "ob_depth_bid_50bps", "ob_depth_ask_50bps",
        "ob_depth_bid_100bps", "ob_depth_ask_100bps", "ob_slope_bid_20", "ob_slope_ask_20",
    ];

    public double[] ToArray() =>
    [
        SpreadBps, Mid, Microprice, Imbalance1, Imbalance5, Imbalance20, BidDepth10Bps, AskDepth10Bps,
        BidDepth50Bps, AskDepth50Bps, BidDepth100Bps, AskDepth100Bps, BidSlope, AskSlope,
    ];
}
