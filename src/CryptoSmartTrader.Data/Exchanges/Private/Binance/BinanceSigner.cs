using System.Security.Cryptography;
using System.Text;

namespace CryptoSmartTrader.Data.Exchanges.Private.Binance;

/// <summary>Binance SIGNED endpoints: lowercase hex HMAC-SHA256 of the total parameter string (query string then body) with the secret key.</summary>
internal static class BinanceSigner
{
    public static string Sign(string secret, string totalParams) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(totalParams)));
}
