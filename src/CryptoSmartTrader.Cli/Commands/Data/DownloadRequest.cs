using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>What <c>data download</c> was asked to fetch.</summary>
internal sealed record DownloadRequest(Exchange Exchange, IReadOnlyList<Symbol> Symbols, Timeframe Timeframe, DateTimeOffset Since, DateTimeOffset? Until);
