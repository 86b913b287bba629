using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>Parsing <c>--kind</c> and building derivatives clients for <c>data download</c> and <c>data verify</c>.</summary>
internal static class DerivativesCliSupport
{
    public const string Kinds = "candles, funding, open-interest, premium, mark or index";

    /// <summary>The derivatives kind named by <c>--kind</c>, or null for candles.</summary>
    public static DerivativesKind? ParseKind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "candles" => null,
        "funding" => DerivativesKind.Funding,
        "open-interest" => DerivativesKind.OpenInterest,
        "premium" => DerivativesKind.PremiumBars,
        "mark" => DerivativesKind.MarkBars,
        "index" => DerivativesKind.IndexBars,
        _ => throw new CliUsageException($"--kind: expected one of {Kinds}, got '{value}'"),
    };

    /// <summary>Funding has no interval; the other kinds use <c>--timeframe</c> as their period.</summary>
    public static DerivativesSeriesKey Key(Exchange exchange, Symbol symbol, DerivativesKind kind, Timeframe timeframe) =>
        new(exchange, symbol, kind, kind == DerivativesKind.Funding ? null : timeframe);

    public static PriceBarKind BarKind(DerivativesKind kind) => kind switch
    {
        DerivativesKind.MarkBars => PriceBarKind.Mark,
        DerivativesKind.IndexBars => PriceBarKind.Index,
        _ => PriceBarKind.Premium,
    };

    public static IDerivativesDataClient CreateClient(Exchange exchange, string? baseUrl, TimeProvider time)
    {
        var options = new DerivativesClientsOptions().For(exchange).Clone();
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            options.RestBaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new CliUsageException($"--base-url: expected an absolute http(s) URL, got '{baseUrl}'");
        }

        return DerivativesClients.Create(exchange, options, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time);
    }
}
