namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>The outcome for one symbol, as written by <c>--json</c>.</summary>
internal sealed record DownloadResult(string Symbol, DateTimeOffset From, DateTimeOffset To, int Fetched, int Inserted, int Unchanged,
    DateTimeOffset? FirstOpen, DateTimeOffset? LastOpen);
