using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// The venue id of the linear perpetual on a spot pair: Binance <c>BTCUSDT</c>, HTX <c>BTC-USDT</c>, KuCoin <c>XBTUSDTM</c>,
/// Kraken <c>PF_XBTUSD</c>. Venues spell bitcoin XBT in their futures ids where they do so on spot.
/// </summary>
public static class PerpetualIds
{
    public static string ToNative(Exchange exchange, Symbol symbol)
    {
        if (exchange == Exchange.Binance)
        {
            return symbol.Base + symbol.Quote;
        }

        if (exchange == Exchange.Htx)
        {
            return $"{symbol.Base}-{symbol.Quote}";
        }

        if (exchange == Exchange.KuCoin)
        {
            return $"{Xbt(symbol.Base)}{symbol.Quote}M";
        }

        if (exchange == Exchange.Kraken)
        {
            return $"PF_{Xbt(symbol.Base)}{symbol.Quote}";
        }

        throw new ArgumentException($"exchange: expected one of kraken, binance, kucoin, htx, got '{exchange}'", nameof(exchange));
    }

    private static string Xbt(string asset) => asset == "BTC" ? "XBT" : asset;
}
