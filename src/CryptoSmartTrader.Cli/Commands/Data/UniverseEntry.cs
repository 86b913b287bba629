namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>One ranked row of <c>data universe</c>.</summary>
internal sealed record UniverseEntry(int Rank, string Symbol, string NativeId, decimal QuoteVolume, decimal BaseVolume, decimal Last);
