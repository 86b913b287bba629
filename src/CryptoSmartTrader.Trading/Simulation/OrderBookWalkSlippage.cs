namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>Parameters of <see cref="OrderBookWalkSlippage"/>.</summary>
public sealed record OrderBookWalkParameters(double FallbackBps = 5, double BeyondBookBps = 50)
{
    public double FallbackBps { get; } = FallbackBps >= 0 ? FallbackBps : throw new ArgumentOutOfRangeException(nameof(FallbackBps), FallbackBps, "slippage: FallbackBps must be >= 0");
    public double BeyondBookBps { get; } = BeyondBookBps >= 0 ? BeyondBookBps : throw new ArgumentOutOfRangeException(nameof(BeyondBookBps), BeyondBookBps, "slippage: BeyondBookBps must be >= 0");
}

/// <summary>
/// Walks the order book known when the order was sent: slippage = VWAP of consuming Q on the opposite side / best
/// price − 1 (the spread to the best price is charged by the venue). Quantity beyond the book's last level is priced
/// at the last level plus BeyondBookBps. Without a book it falls back to FallbackBps.
/// </summary>
public sealed class OrderBookWalkSlippage(OrderBookWalkParameters parameters) : ISlippageModel
{
    public OrderBookWalkSlippage() : this(new OrderBookWalkParameters())
    {
    }

    public string Name => "book";

    public double Fraction(in SlippageInput input)
    {
        var book = input.Book;
        var levels = book is null ? null : input.IsBuy ? book.Asks : book.Bids;
        if (levels is null || levels.Count == 0) return parameters.FallbackBps / 10_000;

        var best = (double)levels[0].Price;
        double left = input.Quantity, cost = 0, last = best;
        foreach (var level in levels)
        {
            var take = Math.Min(left, (double)level.Size);
            last = (double)level.Price;
            cost += take * last;
            left -= take;
            if (left <= 0) break;
        }

        if (left > 0)
        {
            cost += left * last * (1 + (input.IsBuy ? 1 : -1) * parameters.BeyondBookBps / 10_000);
        }

        var vwap = cost / input.Quantity;
        return Math.Max(0, input.IsBuy ? vwap / best - 1 : 1 - vwap / best);
    }
}
