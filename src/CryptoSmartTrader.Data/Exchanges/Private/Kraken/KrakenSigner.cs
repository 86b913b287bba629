using System.Security.Cryptography;
using System.Text;

namespace CryptoSmartTrader.Data.Exchanges.Private.Kraken;

/// <summary>Kraken API-Sign: base64 HMAC-SHA512 of (URI path + SHA256(nonce + POST data)) keyed with the base64-decoded secret.</summary>
internal static class KrakenSigner
{
    public static string Sign(string base64Secret, string uriPath, string nonce, string postData)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Secret);
        }
        catch (FormatException)
        {
            throw new ArgumentException("Kraken API secret: expected the base64 private key shown when the key was created", nameof(base64Secret));
        }

        var inner = SHA256.HashData(Encoding.UTF8.GetBytes(nonce + postData));
        var message = Encoding.UTF8.GetBytes(uriPath).Concat(inner).ToArray();
        return Convert.ToBase64String(HMACSHA512.HashData(key, message));
    }
}
