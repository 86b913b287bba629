namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>An order row as stored (decimals kept as invariant text so nothing is rounded).</summary>
internal sealed record PersistedOrder(string ClientOrderId, string Symbol, string Side, decimal Quantity, string Status, decimal Filled, long CreatedMs);

/// <summary>A fill row as stored.</summary>
internal sealed record PersistedFill(string ClientOrderId, int Seq, string Symbol, string Side, decimal Quantity, decimal Price, decimal Fee, string FeeAsset);
