using System.Text.Json;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Private.Credentials;

/// <summary>
/// Finds API keys: environment variables <c>CST_{VENUE}_API_KEY</c>, <c>CST_{VENUE}_API_SECRET</c> and
/// <c>CST_{VENUE}_PASSPHRASE</c> first, then a JSON secrets file outside any git working tree, owned by the user and
/// readable by no one else (<see cref="SecretsFileCheck"/>) (<c>{"binance": {"apiKey": "...", "apiSecret": "..."}, "kucoin": {..., "passphrase": "..."}}</c>).
/// </summary>
public sealed class CredentialStore(Func<string, string?> environment, string? secretsFile)
{
    public static CredentialStore FromProcess(string? secretsFile) => new(Environment.GetEnvironmentVariable, secretsFile);

    public static string Variable(Exchange exchange, string part) => $"CST_{exchange.Id.ToUpperInvariant()}_{part}";

    /// <summary>The venue's credentials, or a <see cref="ExchangeErrorKind.MissingCredentials"/> error naming where they were looked for.</summary>
    public ExchangeResult<ApiCredentials> Get(Exchange exchange)
    {
        var key = environment(Variable(exchange, "API_KEY"));
        var secret = environment(Variable(exchange, "API_SECRET"));
        var passphrase = environment(Variable(exchange, "PASSPHRASE"));
        if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(secret))
        {
            return Build(exchange, key, secret, passphrase, "environment");
        }

        if (string.IsNullOrWhiteSpace(secretsFile))
        {
            return Missing(exchange, $"set {Variable(exchange, "API_KEY")} and {Variable(exchange, "API_SECRET")} or configure a secrets file");
        }

        return FromFile(exchange);
    }

    private ExchangeResult<ApiCredentials> FromFile(Exchange exchange)
    {
        var path = Path.GetFullPath(secretsFile!);
        if (!File.Exists(path))
        {
            return Missing(exchange, $"secrets file '{path}' does not exist");
        }

        // Checked where the file really is: a link outside the repository to a key file inside it is still inside it.
        if (SecretsFileCheck.Problem(path, out var real) is { } problem)
        {
            return Missing(exchange, problem);
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(real));
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !TryVenue(doc.RootElement, exchange.Id, out var venue))
            {
                return Missing(exchange, $"secrets file '{path}' has no \"{exchange.Id}\" object");
            }

            return Build(exchange, Str(venue, "apiKey"), Str(venue, "apiSecret"), Str(venue, "passphrase"), $"secrets file '{path}'");
        }
        catch (JsonException ex)
        {
            // The parser's message can quote file content, so only its position is reported.
            return Missing(exchange, $"secrets file '{path}' is not valid JSON (line {ex.LineNumber + 1})");
        }
    }

    private static ExchangeResult<ApiCredentials> Build(Exchange exchange, string? key, string? secret, string? passphrase, string source)
    {
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret))
        {
            return Missing(exchange, $"{source}: expected both apiKey and apiSecret for {exchange}");
        }

        if (exchange == Exchange.KuCoin && string.IsNullOrWhiteSpace(passphrase))
        {
            return Missing(exchange, $"{source}: KuCoin keys need the passphrase ({Variable(exchange, "PASSPHRASE")} or \"passphrase\")");
        }

        return new ApiCredentials(new Secret(key), new Secret(secret), string.IsNullOrWhiteSpace(passphrase) ? null : new Secret(passphrase));
    }

    private static bool TryVenue(JsonElement root, string id, out JsonElement venue)
    {
        foreach (var p in root.EnumerateObject())
        {
            if (string.Equals(p.Name, id, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Object)
            {
                venue = p.Value;
                return true;
            }
        }

        venue = default;
        return false;
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ExchangeError Missing(Exchange exchange, string message) =>
        new(exchange, ExchangeErrorKind.MissingCredentials, "missing-credentials", message);
}
