using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;

namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>Start-up check that the exchange's candle endpoint answers, with a short time limit; the answer says why not.</summary>
internal static class FeedProbe
{
    /// <summary>Null when the exchange answered with candles for <paramref name="symbol"/>, otherwise the reason.</summary>
    public static async Task<string?> ProbeAsync(IMarketDataClient client, Symbol symbol, Timeframe timeframe, TimeProvider time, TimeSpan timeout,
        CancellationToken cancellationToken) => (await CheckAsync(client, symbol, timeframe, time, timeout, cancellationToken)).Reason;

    /// <summary>
    /// The probe with what kind of answer it was: <see cref="FeedProbeResult.Unserved"/> when the venue answered that it does
    /// not serve the series at all (an unknown symbol: Binance's <c>-1121 Invalid symbol</c>), which no replay makes right.
    /// </summary>
    public static async Task<FeedProbeResult> CheckAsync(IMarketDataClient client, Symbol symbol, Timeframe timeframe, TimeProvider time, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            var now = time.GetUtcNow();
            var probe = await client.GetCandlesAsync(symbol, timeframe, timeframe.Floor(now) - 3 * timeframe.Duration, null, cts.Token);
            if (!probe.IsSuccess) return new($"{client.Exchange} did not serve {symbol} {timeframe} candles: {probe.Error}", probe.Error.Kind == ExchangeErrorKind.Unsupported);
            return new(probe.Value.Count > 0 ? null : $"{client.Exchange} answered but sent no closed {symbol} {timeframe} candles for the last 3 bars", false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new($"{client.Exchange} did not answer within {timeout.TotalSeconds:0.#} s", false);
        }
        catch (HttpRequestException ex)
        {
            return new($"{client.Exchange} is unreachable: {ex.HttpRequestError}", false);
        }
    }
}

/// <summary>The probe's reason (null: the series is served) and whether the venue said it does not serve the series at all.</summary>
internal readonly record struct FeedProbeResult(string? Reason, bool Unserved);
