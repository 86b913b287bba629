using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Live;

/// <summary>
/// Opens the venue account for live mode: keys from <c>CST_{VENUE}_API_KEY</c>/<c>_API_SECRET</c>(/<c>_PASSPHRASE</c>) or
/// the secrets file, then the permission check (a key that can withdraw, or cannot trade, is refused). Every refusal is
/// a sentence for the status page; no key or secret is ever part of it.
/// </summary>
internal static class LiveAccountStartup
{
    public static async Task<(IExchangeAccount? Account, string? Refusal)> OpenAsync(Exchange exchange, LiveOptions options, Func<string, string?> environment,
        TimeProvider time, ILogger logger, CancellationToken ct)
    {
        var credentials = new CredentialStore(environment, options.SecretsFile).Get(exchange);
        if (!credentials.IsSuccess) return (null, $"LIVE mode refused: no API key for {exchange}: {credentials.Error.Message}");

        var accounts = new ExchangeAccountsOptions { SecretsFile = options.SecretsFile, GuardPermissions = true };
        if (options.RestBaseUrl is { } url) accounts.Connections.For(exchange).RestBaseUrl = url;
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var account = ExchangeAccounts.Create(exchange, credentials.Value, accounts, http, time, logger);
        var refused = await account.EnsureTradingAllowedAsync(ct);
        return refused is null
            ? (account, null)
            : (null, $"LIVE mode refused: {refused.Message}{(refused.Kind == ExchangeErrorKind.PermissionDenied ? string.Empty : $" ({refused.Kind})")}");
    }
}
