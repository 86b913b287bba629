using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Whales;
using Xunit.Abstractions;

namespace CryptoSmartTrader.Features.Tests.Whales;

/// <summary>
/// Measures, on the recorded tapes, how often a merged group is consistent with one aggressive order. Public tapes carry no
/// order ids, so precision cannot be known exactly; what can be checked:
/// (a) on venues that stamp all fills of one taker order with one match time (Binance), a group spanning several
///     timestamps is certainly more than one order, so the share of single-timestamp groups is an upper bound on precision;
/// (b) Binance aggTrades already merge fills of one order at one price, so two aggTrades merged at the same price are
///     certainly two orders (a provable false merge).
/// Figures are printed (test output) for docs/features.md; the asserts check the invariants behind them.
/// </summary>
public sealed class SplitPrintPrecisionTests(ITestOutputHelper output)
{
    private const string Futures = "binance_futures_BTCUSDT_trades_2020-02-22.csv.gz";
    private const string AggTrades = "binance_spot_XRPETH_aggtrades_2019-10-11.csv.gz";

    public static TheoryData<string, int, double> Tapes => new()
    {
        { Futures, 0, 0 }, { Futures, 0, 10 }, { Futures, 50, 0 }, { Futures, 50, 10 },
        { AggTrades, 0, 0 }, { AggTrades, 0, 10 }, { AggTrades, 50, 10 },
        { "ETHUSDT_trades_2023-02-02_exchange-unspecified.csv", 0, 10 }, { "ETHUSDT_trades_2023-02-02_exchange-unspecified.csv", 50, 10 },
        { "kraken_XBTUSDT_trades_2025-11-10.csv", 0, 10 }, { "kraken_XBTUSDT_trades_2025-11-10.csv", 50, 10 },
    };

    [Theory]
    [MemberData(nameof(Tapes))]
    public void Report_split_print_aggregation_precision(string file, int windowMs, double toleranceBps)
    {
        var tape = RecordedTapes.Read(file);
        var o = new WhaleOptions { AggregationWindow = TimeSpan.FromMilliseconds(windowMs), PriceToleranceBps = toleranceBps, QuantileMinHistory = 200 };
        var groups = SplitPrintAggregator.Aggregate(tape, o);
        var merged = groups.Where(g => g.Count > 1).ToArray();
        bool OneTimestamp(AggregatedPrint g) => g.FirstTime == g.LastTime;
        bool RepeatsAPrice(AggregatedPrint g) => Enumerable.Range(g.FirstIndex, g.Count).Select(i => tape[i].Price).Distinct().Count() < g.Count;
        // On an aggTrades tape two prints at one price in a group are provably two orders.
        bool Consistent(AggregatedPrint g) => g.Count == 1 || (OneTimestamp(g) && !(file == AggTrades && RepeatsAPrice(g)));
        var singleTime = merged.Count(OneTimestamp);
        var consistent = merged.Count(Consistent);
        var provablyFalse = file == AggTrades ? merged.Count(RepeatsAPrice) : 0;

        var rawLarge = LargeTradeDetector.Detect(tape.Select((t, i) => new AggregatedPrint(t.Time, t.Time, t.Side, (double)t.Price, (double)t.Size, (double)t.Notional, i, 1)).ToArray(), o)
            .Count(p => p.IsLarge);
        var large = LargeTradeDetector.Detect(groups, o).Where(p => p.IsLarge).ToArray();
        var largeConsistent = large.Count(p => Consistent(p.Print));

        output.WriteLine($"| {file} | {windowMs} | {toleranceBps} | {tape.Count} | {groups.Count} | {merged.Length} | {Pct(singleTime, merged.Length)} | {provablyFalse} | {Pct(consistent, merged.Length)} | {rawLarge} | {large.Length} | {Pct(largeConsistent, large.Length)} |");
        Assert.True(groups.Sum(g => g.Count) == tape.Count);
        Assert.True(consistent <= singleTime && singleTime <= merged.Length);
        if (windowMs == 0) Assert.Equal(merged.Length, singleTime); // a zero window only merges prints stamped together
    }

    private static string Pct(int a, int b) => b == 0 ? "n/a" : $"{a}/{b} = {100.0 * a / b:F1}%";
}
