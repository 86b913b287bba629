using System.Security.Cryptography;
using System.Text;

namespace CryptoSmartTrader.Data.Exchanges.Private.KuCoin;

/// <summary>
/// KuCoin KC-API-SIGN: base64 HMAC-SHA256 of timestamp + METHOD + endpoint (with query string) + body. Key version 2
/// also sends the passphrase HMAC-SHA256-signed with the secret (base64) instead of in plain text.
/// </summary>
internal static class KuCoinSigner
{
    public static string Prehash(string timestampMs, string method, string endpointWithQuery, string body) =>
        timestampMs + method.ToUpperInvariant() + endpointWithQuery + body;

    public static string Sign(string secret, string prehash) => Hmac(secret, prehash);

    public static string SignPassphrase(string secret, string passphrase) => Hmac(secret, passphrase);

    private static string Hmac(string secret, string text) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));
}
