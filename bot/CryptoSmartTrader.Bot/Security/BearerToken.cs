using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Bot.Security;

/// <summary>Checks <c>Authorization: Bearer …</c> against the configured token in constant time (no timing oracle).</summary>
internal static class BearerToken
{
    public static bool IsAuthorized(HttpRequest request, string? configured)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return false;
        }

        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(header[prefix.Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(configured);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
