namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>The outcome for one derivatives series, as written by <c>--json</c>; times are when values became known.</summary>
internal sealed record DerivativesDownloadResult(string Symbol, string Kind, string Interval, DateTimeOffset From, DateTimeOffset To, int Fetched,
    int Inserted, int Unchanged, DateTimeOffset? LastKnown);
