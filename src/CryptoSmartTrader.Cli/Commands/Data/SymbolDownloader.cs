using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Storage;
using Spectre.Console;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>Downloads one series chunk by chunk, storing each chunk before fetching the next.</summary>
internal sealed class SymbolDownloader(IMarketDataClient client, ICandleStore store, DownloadRequest request, TimeProvider time)
{
    public async Task<DownloadResult> RunAsync(Symbol symbol, ProgressTask task, CancellationToken ct)
    {
        var tf = request.Timeframe;
        var last = await store.LastOpenTimeAsync(request.Exchange, symbol, tf, ct);
        var from = last is { } l && tf.CloseOf(l) > request.Since ? tf.CloseOf(l) : request.Since;
        var now = time.GetUtcNow();
        var to = request.Until is { } u && u < now ? u : now;
        task.MaxValue = Math.Max(1, (to - from).Ticks);
        int fetched = 0, inserted = 0, unchanged = 0;
        DateTimeOffset? firstOpen = null, lastOpen = last;
        for (var start = from; start < to;)
        {
            var end = start + (tf.Duration * DownloadCommand.ChunkBars);
            end = end < to ? end : to;
            var result = await client.GetCandlesAsync(symbol, tf, start, end, ct);
            if (!result.IsSuccess)
            {
                throw ExchangeCliSupport.Failure(result.Error);
            }

            if (result.Value.Count > 0)
            {
                var builder = new CandleSeriesBuilder(request.Exchange, symbol, tf, result.Value.Count);
                foreach (var c in result.Value)
                {
                    builder.Add(c);
                }

                var write = await store.ImportAsync(builder.Build(), ct);
                if (write.Rejected)
                {
                    throw new CliFailureException($"{request.Exchange} {symbol} {tf}: store rejected the download: {write.Error}");
                }

                fetched += result.Value.Count;
                inserted += write.Inserted;
                unchanged += write.Unchanged;
                firstOpen ??= result.Value[0].OpenTime;
                lastOpen = result.Value[^1].OpenTime;
            }

            task.Value = (end - from).Ticks;
            start = end;
        }

        return new DownloadResult(symbol.ToString(), from, to, fetched, inserted, unchanged, firstOpen, lastOpen);
    }
}
