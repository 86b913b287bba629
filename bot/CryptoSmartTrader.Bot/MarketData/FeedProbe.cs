using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;

namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>Start-up check that the exchange's candle endpoint answers, with a short time limit; the answer says why not.</summary>
internal static class FeedProbe
{
    /// <summary>Null when the exchange answered with candles for <paramref name="symbol"/>, otherwise the reason.</summary>
    public static async Task<string?> ProbeAsync(IMarketDataClient client, Symbol symbol, Timeframe timeframe, TimeProvider time, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            var now = time.GetUtcNow();
            var probe = await client.GetCandlesAsync(symbol, timeframe, timeframe.Floor(now) - 3 * timeframe.Duration, null, cts.Token);
            if (!probe.IsSuccess) return $"{client.Exchange} did not serve {symbol} {timeframe} candles: {probe.Error}";
            return probe.Value.Count > 0 ? null : $"{client.Exchange} answered but sent no closed {symbol} {timeframe} candles for the last 3 bars";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{client.Exchange} did not answer within {timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException ex)
        {
            return $"{client.Exchange} is unreachable: {ex.HttpRequestError}";
        }
    }
}
