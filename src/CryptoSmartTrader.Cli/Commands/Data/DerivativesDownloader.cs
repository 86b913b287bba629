using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>
/// Downloads one derivatives series window by window, storing each before fetching the next, and resumes after the last
/// value the store already knows.
/// </summary>
internal sealed class DerivativesDownloader(IDerivativesDataClient client, IDerivativesStore store, TimeProvider time)
{
    // Funding is at most hourly, so 30 days is at most 720 events: one venue page.
    private static readonly TimeSpan FundingWindow = TimeSpan.FromDays(30);

    public async Task<DerivativesDownloadResult> RunAsync(DerivativesSeriesKey key, DateTimeOffset since, DateTimeOffset? until, CancellationToken ct)
    {
        var last = store.Describe(key).LastKnown;
        // Funding windows include their start, so resume just after the last event; open interest counts period ends after
        // the start and bars are asked from their open, which is the last stored close: both resume at the last known time.
        var resume = last is { } l ? key.Kind == DerivativesKind.Funding ? l.AddMilliseconds(1) : l : since;
        var from = resume > since ? resume : since;
        if (key.Kind is not (DerivativesKind.Funding or DerivativesKind.OpenInterest) && key.Interval is { } barTf && barTf.Floor(from) != from)
        {
            // Windows must start on a bar open, or the bar straddling each window end would belong to neither window.
            from = barTf.CloseOf(barTf.Floor(from));
        }

        var now = time.GetUtcNow();
        var to = until is { } u && u < now ? u : now;
        var window = key.Interval is { } tf ? tf.Duration * DownloadCommand.ChunkBars : FundingWindow;
        int fetched = 0, inserted = 0, unchanged = 0;
        var lastKnown = last;
        for (var start = from; start < to;)
        {
            var end = start + window < to ? start + window : to;
            var (count, write, newest) = await FetchAndStoreAsync(key, start, end, ct);
            if (write.Rejected)
            {
                throw new CliFailureException($"{key}: store rejected the download: {write.Error}");
            }

            fetched += count;
            inserted += write.Inserted;
            unchanged += write.Unchanged;
            lastKnown = newest ?? lastKnown;
            start = end;
        }

        return new DerivativesDownloadResult(key.Symbol.ToString(), key.KindCode, key.IntervalCode, from, to, fetched, inserted, unchanged, lastKnown);
    }

    private async Task<(int Count, CandleWriteResult Write, DateTimeOffset? Newest)> FetchAndStoreAsync(DerivativesSeriesKey key, DateTimeOffset start,
        DateTimeOffset end, CancellationToken ct)
    {
        switch (key.Kind)
        {
            case DerivativesKind.Funding:
                var funding = Require(await client.GetFundingHistoryAsync(key.Symbol, start, end, ct));
                return (funding.Count, store.SaveFunding(key, funding), funding.Count > 0 ? funding[^1].FundingTime : null);
            case DerivativesKind.OpenInterest:
                var oi = Require(await client.GetOpenInterestHistoryAsync(key.Symbol, key.Interval!.Value, start, end, ct));
                return (oi.Count, store.SaveOpenInterest(key, oi), oi.Count > 0 ? oi[^1].Time : null);
            default:
                var bars = Require(await client.GetPriceBarsAsync(key.Symbol, DerivativesCliSupport.BarKind(key.Kind), key.Interval!.Value, start, end, ct));
                return (bars.Count, store.SavePriceBars(key, bars), bars.Count > 0 ? bars[^1].CloseTime : null);
        }
    }

    private static IReadOnlyList<T> Require<T>(ExchangeResult<IReadOnlyList<T>> result) =>
        result.IsSuccess ? result.Value : throw ExchangeCliSupport.Failure(result.Error);
}
