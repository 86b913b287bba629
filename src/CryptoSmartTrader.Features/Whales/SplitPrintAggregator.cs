using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Whales;

/// <summary>
/// Merges split prints: a print joins the current group when it has the same known taker side, arrives within
/// <see cref="WhaleOptions.AggregationWindow"/> of the group's first print, and its price is within
/// <see cref="WhaleOptions.PriceToleranceBps"/> of the group's first price. Prints with an unknown side are never merged,
/// since nothing says they share an aggressor. The tape must be in time order.
/// </summary>
public static class SplitPrintAggregator
{
    public static IReadOnlyList<AggregatedPrint> Aggregate(IReadOnlyList<Trade> tape, WhaleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tape);
        var o = options ?? new WhaleOptions();
        o.Validate();
        var result = new List<AggregatedPrint>();
        var start = 0;
        for (var i = 1; i <= tape.Count; i++)
        {
            if (i < tape.Count)
            {
                if (tape[i].Time < tape[i - 1].Time)
                {
                    throw new ArgumentException(
                        $"whales: trade tape must be in time order; trade {i} at {tape[i].Time:O} follows {tape[i - 1].Time:O}", nameof(tape));
                }

                var first = tape[start];
                var sameOrder = first.Side != TakerSide.Unknown && tape[i].Side == first.Side
                    && tape[i].Time - first.Time <= o.AggregationWindow
                    && Math.Abs((double)(tape[i].Price - first.Price)) / (double)first.Price * 1e4 <= o.PriceToleranceBps;
                if (sameOrder)
                {
                    continue;
                }
            }

            result.Add(Merge(tape, start, i - start));
            start = i;
        }

        return result;
    }

    private static AggregatedPrint Merge(IReadOnlyList<Trade> tape, int start, int count)
    {
        double size = 0, notional = 0;
        for (var j = start; j < start + count; j++)
        {
            size += (double)tape[j].Size;
            notional += (double)tape[j].Notional;
        }

        return new AggregatedPrint(tape[start].Time, tape[start + count - 1].Time, tape[start].Side, notional / size, size, notional, start, count);
    }
}
