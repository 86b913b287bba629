namespace CryptoSmartTrader.Data.Exchanges.Private.Signing;

/// <summary>One signed HTTP request, built afresh for every attempt because signatures cover a timestamp or nonce.</summary>
internal sealed record SignedRequest(HttpMethod Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body = null, string ContentType = "application/json");
