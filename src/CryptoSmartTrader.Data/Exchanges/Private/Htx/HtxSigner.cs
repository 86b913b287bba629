using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CryptoSmartTrader.Data.Exchanges.Private.Htx;

/// <summary>
/// HTX Signature v2: base64 HMAC-SHA256 over "METHOD\nhost\npath\nsorted, URL-encoded query" where the query holds
/// AccessKeyId, SignatureMethod=HmacSHA256, SignatureVersion=2, Timestamp (UTC, yyyy-MM-ddTHH:mm:ss) and, for GET,
/// the request parameters. POST bodies are not signed.
/// </summary>
internal static class HtxSigner
{
    public static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Parameters sorted by name (ordinal, i.e. ASCII) and joined as <c>name=value</c> with RFC 3986 encoding.</summary>
    public static string Query(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    public static string Canonical(string method, string host, string path, string sortedQuery) =>
        $"{method.ToUpperInvariant()}\n{host.ToLowerInvariant()}\n{path}\n{sortedQuery}";

    public static string Sign(string secret, string canonical) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical)));
}
