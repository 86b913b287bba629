using System.Text.Encodings.Web;
using System.Text.Json;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;

namespace CryptoSmartTrader.Data.Exchanges.Private.Signing;

/// <summary>
/// Removes the key, secret and passphrase, and the signature and key material of the request being answered, from venue
/// text. Venues echo requests in their error messages ("invalid key PLANTEDKEY…", "signature abc… does not match"), and
/// from an error the text reaches logs, the bot's job log and the status page; so the transport cleans it once, as it
/// leaves the transport, and nothing downstream needs to know which strings were secret.
/// </summary>
internal sealed class SecretRedactor
{
    // Shorter values would redact ordinary words and numbers; real keys, secrets and signatures are far longer.
    private const int MinLength = 6;

    private readonly string[] _credentials;

    public SecretRedactor(ApiCredentials? credentials) =>
        _credentials = credentials is null ? [] : Variants([credentials.ApiKey.Reveal(), credentials.ApiSecret.Reveal(), credentials.Passphrase?.Reveal()]);

    /// <summary>The request parts that carry key material: headers and query parameters named like a key, signature or passphrase.</summary>
    public static IEnumerable<string?> SensitiveParts(SignedRequest request)
    {
        foreach (var (name, value) in request.Headers)
        {
            if (IsSensitiveName(name)) yield return value;
        }

        var query = request.PathAndQuery.Split('?', 2) is [_, var q] ? q : string.Empty;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var n, var v] ? (n, v) : (pair, string.Empty);
            if (IsSensitiveName(Uri.UnescapeDataString(name))) yield return Uri.UnescapeDataString(value);
        }
    }

    public string Redact(string text, IEnumerable<string?>? requestParts = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var extra = requestParts is null ? [] : Variants(requestParts);
        foreach (var secret in _credentials.Concat(extra).OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Secret.Redacted, StringComparison.Ordinal);
        }

        return text;
    }

    public ExchangeError Redact(ExchangeError error, IEnumerable<string?>? requestParts = null)
    {
        var message = Redact(error.Message, requestParts);
        var code = Redact(error.Code, requestParts);
        return ReferenceEquals(message, error.Message) && ReferenceEquals(code, error.Code) ? error : error with { Message = message, Code = code };
    }

    private static bool IsSensitiveName(string name) =>
        name.Contains("key", StringComparison.OrdinalIgnoreCase) || name.Contains("sign", StringComparison.OrdinalIgnoreCase)
        || name.Contains("pass", StringComparison.OrdinalIgnoreCase) || name.Contains("secret", StringComparison.OrdinalIgnoreCase);

    // As sent and as a venue may echo it: raw, URL-encoded, and JSON-escaped ("/" as "\/", "+" as "\u002B").
    private static string[] Variants(IEnumerable<string?> values) => values
        .Where(v => v is { Length: >= MinLength })
        .SelectMany(v => new[]
        {
            v!, Uri.EscapeDataString(v!), v!.Replace("/", "\\/", StringComparison.Ordinal),
            JsonEncodedText.Encode(v!, JavaScriptEncoder.Default).ToString(),
        })
        .Distinct(StringComparer.Ordinal)
        .ToArray();
}
