using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>Shared parsing and client construction for the exchange-facing data commands.</summary>
internal static class ExchangeCliSupport
{
    public static Exchange ParseExchange(string value)
    {
        if (!Exchange.TryParse(value, out var exchange, out var error))
        {
            throw new CliUsageException($"--exchange: {error}");
        }

        return exchange.IsSupported
            ? exchange
            : throw new CliUsageException($"--exchange: expected one of kraken, binance, kucoin, htx, got '{value}'");
    }

    public static IReadOnlyList<Symbol> ParseSymbols(string value)
    {
        var list = new List<Symbol>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            list.Add(Symbol.TryParse(part, out var s, out var error) ? s : throw new CliUsageException($"--symbols: {error}"));
        }

        return list.Count > 0 ? list : throw new CliUsageException("--symbols: expected a comma-separated list such as BTC/USDT,ETH/USDT");
    }

    public static IMarketDataClient CreateClient(Exchange exchange, string? baseUrl, TimeProvider time)
    {
        var options = new ExchangeClientsOptions().For(exchange).Clone();
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            options.RestBaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new CliUsageException($"--base-url: expected an absolute http(s) URL, got '{baseUrl}'");
        }

        return MarketDataClients.Create(exchange, options, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time);
    }

    public static CliFailureException Failure(ExchangeError error) => new(error.ToString());
}
