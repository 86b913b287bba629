using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>
/// Paper/shadow on live data: each live candle the kernel consumes is written before its step commits, to the bot's
/// table (what a restart re-runs, exactly) and to the market-data candle store (so the series is there for research too).
/// </summary>
internal sealed class LiveBarJournal(BotStore store, string dbPath, Strategy strategy, ILogger logger)
{
    public async Task WriteAsync(IReadOnlyList<(int Symbol, Candle Candle)> bars, bool warmup, CancellationToken ct)
    {
        if (bars.Count == 0) return;
        store.SaveLiveBars(bars.Select(b => (strategy.Symbols[b.Symbol], b.Candle)), warmup);
        using var market = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath });
        foreach (var g in bars.GroupBy(b => b.Symbol))
        {
            var builder = new CandleSeriesBuilder(strategy.Exchange, strategy.Symbols[g.Key], strategy.Timeframe, g.Count());
            foreach (var (_, c) in g.OrderBy(x => x.Candle.OpenTime)) builder.Add(c);
            var result = await market.ImportAsync(builder.Build(), ct);
            if (result.Rejected) logger.LogWarning("live candles of {Symbol} not added to the candle store: {Why}", strategy.Symbols[g.Key], result.Error);
        }
    }
}
