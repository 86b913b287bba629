using System.Collections.Concurrent;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>The DI-backed factory; HttpClients are named <c>cst-account-{id}</c>.</summary>
internal sealed class ExchangeAccountFactory(IHttpClientFactory httpClients, IOptions<ExchangeAccountsOptions> options, CredentialStore credentials,
    TimeProvider time, ILoggerFactory loggers) : IExchangeAccountFactory
{
    private readonly ConcurrentDictionary<Exchange, IExchangeAccount> _accounts = new();

    public static string HttpClientName(Exchange exchange) => $"cst-account-{exchange.Id}";

    public ExchangeResult<IExchangeAccount> Get(Exchange exchange)
    {
        if (_accounts.TryGetValue(exchange, out var existing))
        {
            return ExchangeResult<IExchangeAccount>.Ok(existing);
        }

        var creds = credentials.Get(exchange);
        if (!creds.IsSuccess)
        {
            return creds.Error;
        }

        return ExchangeResult<IExchangeAccount>.Ok(_accounts.GetOrAdd(exchange, e => ExchangeAccounts.Create(e, creds.Value, options.Value,
            httpClients.CreateClient(HttpClientName(e)), time, loggers.CreateLogger("CryptoSmartTrader.Data.Exchanges.Private." + e.Id))));
    }
}
