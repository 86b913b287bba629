using CryptoSmartTrader.Core.Markets;
using Book = CryptoSmartTrader.Core.Markets.OrderBook;

namespace CryptoSmartTrader.Features.OrderBook;

/// <summary>
/// Order-book features on Core's validated <see cref="Book"/> (sorted, positive, uncrossed). Definitions (mid = (bid₁ + ask₁)/2):
/// <list type="bullet">
/// <item>spread_bps = (ask₁ − bid₁) / mid · 10⁴.</item>
/// <item>imbalance_n = (Σ bid sizes − Σ ask sizes) / (Σ bid sizes + Σ ask sizes) over the top n levels of each side
/// (fewer when the book has fewer); in [−1, 1], positive = more resting bids.</item>
/// <item>depth within x bps: Σ sizes of bids priced ≥ mid·(1 − x/10⁴) (asks ≤ mid·(1 + x/10⁴)); NaN when the recorded side
/// ends inside the band (the true depth is unknown, a sum would only be a lower bound).</item>
/// <item>microprice = (bid₁·askSize₁ + ask₁·bidSize₁) / (bidSize₁ + askSize₁) (Stoikov's weighted mid).</item>
/// <item>slope (per side, top n levels) = least-squares slope through the origin of cumulative size Qᵢ on distance
/// dᵢ = |priceᵢ − mid| / mid · 10⁴ bps: Σ dᵢQᵢ / Σ dᵢ². Higher = more liquidity per bp away from the mid.</item>
/// </list>
/// </summary>
public static class OrderBookFeatures
{
    public static OrderBookFeatureValues Compute(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var bids = book.Bids.Select(l => ((double)l.Price, (double)l.Size)).ToArray();
        var asks = book.Asks.Select(l => ((double)l.Price, (double)l.Size)).ToArray();
        if (bids.Length == 0 || asks.Length == 0)
        {
            // One-sided book: nothing that needs a mid can be known; imbalance still can be (it is ±1).
            var nan = double.NaN;
            return new OrderBookFeatureValues(nan, nan, nan, Imbalance(bids, asks, 1), Imbalance(bids, asks, 5), Imbalance(bids, asks, 20),
                nan, nan, nan, nan, nan, nan, nan, nan);
        }

        var (bid, bidSize) = bids[0];
        var (ask, askSize) = asks[0];
        var mid = (bid + ask) / 2;
        return new OrderBookFeatureValues(
            SpreadBps: (ask - bid) / mid * 1e4,
            Mid: mid,
            Microprice: (bid * askSize + ask * bidSize) / (bidSize + askSize),
            Imbalance1: Imbalance(bids, asks, 1),
            Imbalance5: Imbalance(bids, asks, 5),
            Imbalance20: Imbalance(bids, asks, 20),
            BidDepth10Bps: DepthWithin(bids, mid, 10, isBid: true),
            AskDepth10Bps: DepthWithin(asks, mid, 10, isBid: false),
            BidDepth50Bps: DepthWithin(bids, mid, 50, isBid: true),
            AskDepth50Bps: DepthWithin(asks, mid, 50, isBid: false),
            BidDepth100Bps: DepthWithin(bids, mid, 100, isBid: true),
            AskDepth100Bps: DepthWithin(asks, mid, 100, isBid: false),
            BidSlope: Slope(bids, mid, 20),
            AskSlope: Slope(asks, mid, 20));
    }

    /// <summary>Imbalance over the top <paramref name="levels"/> levels; NaN when both sides are empty.</summary>
    public static double Imbalance(Book book, int levels)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        return Imbalance(book.Bids.Select(l => ((double)l.Price, (double)l.Size)).ToArray(),
            book.Asks.Select(l => ((double)l.Price, (double)l.Size)).ToArray(), levels);
    }

    /// <summary>(bid depth, ask depth) within <paramref name="bps"/> of the mid; NaN for a side that cannot be known.</summary>
    public static (double Bid, double Ask) DepthWithin(Book book, double bps)
    {
        ArgumentNullException.ThrowIfNull(book);
        if (!(bps > 0) || !double.IsFinite(bps))
        {
            throw new ArgumentOutOfRangeException(nameof(bps), bps, $"order book depth: bps must be a finite number > 0, got {bps}");
        }

        if (book.Mid is not { } m) return (double.NaN, double.NaN);
        var mid = (double)m;
        return (DepthWithin(book.Bids.Select(l => ((double)l.Price, (double)l.Size)).ToArray(), mid, bps, true),
            DepthWithin(book.Asks.Select(l => ((double)l.Price, (double)l.Size)).ToArray(), mid, bps, false));
    }

    private static double Imbalance((double Price, double Size)[] bids, (double Price, double Size)[] asks, int levels)
    {
        double b = 0, a = 0;
        for (var i = 0; i < Math.Min(levels, bids.Length); i++) b += bids[i].Size;
        for (var i = 0; i < Math.Min(levels, asks.Length); i++) a += asks[i].Size;
        return b + a > 0 ? (b - a) / (b + a) : double.NaN;
    }

    private static double DepthWithin((double Price, double Size)[] side, double mid, double bps, bool isBid)
    {
        var limit = isBid ? mid * (1 - bps / 1e4) : mid * (1 + bps / 1e4);
        double sum = 0;
        foreach (var (price, size) in side)
        {
            if (isBid ? price < limit : price > limit)
            {
                return sum; // a level beyond the band proves the band is complete
            }

            sum += size;
        }

        return double.NaN;
    }

    private static double Slope((double Price, double Size)[] side, double mid, int levels)
    {
        double cum = 0, sdq = 0, sdd = 0;
        for (var i = 0; i < Math.Min(levels, side.Length); i++)
        {
            cum += side[i].Size;
            var d = Math.Abs(side[i].Price - mid) / mid * 1e4;
            sdq += d * cum;
            sdd += d * d;
        }

        return sdd > 0 ? sdq / sdd : double.NaN;
    }
}
