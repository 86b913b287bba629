using System.Security.Cryptography;
using System.Text;

namespace CryptoSmartTrader.Kernel.Protocol;

/// <summary>HMAC-SHA256 over header, parent header, metadata and content, hex-encoded (Jupyter messaging, "signature" frame).</summary>
internal sealed class MessageSigner(string key)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(key);

    /// <summary>An empty key means the connection is unauthenticated: messages carry an empty signature.</summary>
    public bool Enabled => _key.Length > 0;

    public string Sign(ReadOnlySpan<byte[]> parts)
    {
        if (!Enabled) return string.Empty;
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (var part in parts) hmac.AppendData(part);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    public bool Verify(string signature, ReadOnlySpan<byte[]> parts)
    {
        if (!Enabled) return true;
        var expected = Encoding.ASCII.GetBytes(Sign(parts));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
