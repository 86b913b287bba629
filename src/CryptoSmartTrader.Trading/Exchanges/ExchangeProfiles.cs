using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Exchanges;

/// <summary>
/// Default bundles for the four supported venues: the base (lowest-volume) spot fee tier and conservative generic
/// filters. Real per-symbol filters come from the venues' exchange-info endpoints and are set with
/// <see cref="ExchangeProfile.WithRules"/>; the defaults are only used when none were loaded.
/// Fee tiers (spot, no discounts): Binance 0.10%/0.10%, Kraken Pro 0.25%/0.40%, KuCoin 0.10%/0.10%, HTX 0.20%/0.20%.
/// </summary>
public static class ExchangeProfiles
{
    private static readonly ExchangeRules Generic = new(tickSize: 0.00000001m, lotSize: 0.00000001m, minQuantity: 0m, minNotional: 5m);

    public static ExchangeProfile Binance { get; } = new(Exchange.Binance, new FeeSchedule(0.0010m, 0.0010m), Generic);
    public static ExchangeProfile Kraken { get; } = new(Exchange.Kraken, new FeeSchedule(0.0025m, 0.0040m), Generic);
    public static ExchangeProfile KuCoin { get; } = new(Exchange.KuCoin, new FeeSchedule(0.0010m, 0.0010m), Generic);
    public static ExchangeProfile Htx { get; } = new(Exchange.Htx, new FeeSchedule(0.0020m, 0.0020m), Generic);

    public static ExchangeProfile For(Exchange exchange) =>
        exchange == Exchange.Binance ? Binance
        : exchange == Exchange.Kraken ? Kraken
        : exchange == Exchange.KuCoin ? KuCoin
        : exchange == Exchange.Htx ? Htx
        : throw new ArgumentException($"exchange profiles: no fee schedule for '{exchange}'; supported: binance, kraken, kucoin, htx", nameof(exchange));
}
