using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Import;

/// <summary>
/// The venues data may be stored under: the four with adapters plus those the shared datasets were recorded on. Any other
/// id is refused where it is taken, so a typo (<c>--exchange binanse</c>) cannot file data under a venue nothing will ever read.
/// </summary>
public static class KnownVenues
{
    /// <summary>Venues without adapters that recorded data comes from (datasets README: Bitstamp, Coinbase, FTX, Bybit).</summary>
    public static IReadOnlyList<Exchange> DatasetOnly { get; } =
        [Exchange.Parse("bitstamp"), Exchange.Parse("coinbase"), Exchange.Parse("ftx"), Exchange.Parse("bybit")];

    public static IReadOnlyList<Exchange> All { get; } = [.. Exchange.Supported, .. DatasetOnly];

    public static bool IsKnown(Exchange exchange) => All.Contains(exchange);

    /// <summary>"expected one of kraken, binance, …" for error messages.</summary>
    public static string Expected => $"expected one of {string.Join(", ", All.Select(e => e.Id))}";
}
