using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Tests.Markets;

public sealed class SymbolTests
{
    [Theory]
    [InlineData("kraken", "XXBTZUSD", "BTC/USD")]
    [InlineData("kraken", "XETHZEUR", "ETH/EUR")]
    [InlineData("kraken", "XBTUSDT", "BTC/USDT")]
    [InlineData("kraken", "XBTUSD", "BTC/USD")]
    [InlineData("kraken", "ETHUSD", "ETH/USD")]
    [InlineData("binance", "OPUSDT", "OP/USDT")]
    [InlineData("binance", "BTCTUSD", "BTC/TUSD")]
    [InlineData("kraken", "XDGUSD", "DOGE/USD")]
    [InlineData("binance", "BTCUSDT", "BTC/USDT")]
    [InlineData("binance", "ETHBTC", "ETH/BTC")]
    [InlineData("binance", "XRPETH", "XRP/ETH")]
    [InlineData("kucoin", "BTC-USDT", "BTC/USDT")]
    [InlineData("htx", "btcusdt", "BTC/USDT")]
    public void Maps_venue_native_ids_to_normalised_pairs(string exchange, string native, string expected)
    {
        Assert.Equal(Symbol.Parse(expected), Symbol.FromNative(Exchange.Parse(exchange), native));
    }

    [Theory]
    [InlineData("kraken", "BTC/USD", "XBTUSD")]
    [InlineData("binance", "BTC/USDT", "BTCUSDT")]
    [InlineData("kucoin", "BTC/USDT", "BTC-USDT")]
    [InlineData("htx", "BTC/USDT", "btcusdt")]
    public void Maps_normalised_pairs_to_venue_ids(string exchange, string symbol, string expected)
    {
        Assert.Equal(expected, Symbol.Parse(symbol).ToNative(Exchange.Parse(exchange)));
    }

    [Fact]
    public void Aliases_are_normalised_so_the_same_market_compares_equal()
    {
        Assert.Equal(new Symbol("BTC", "USD"), Symbol.Parse("xbt/usd"));
        Assert.Equal("BTC/USD", Symbol.Parse("XBT-USD").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("BTC")]
    [InlineData("BTC/")]
    [InlineData("/USDT")]
    [InlineData("BTC/USDT/EUR")]
    [InlineData("BTC/BTC")]
    [InlineData("BT$/USDT")]
    public void Rejects_malformed_pairs(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Symbol.Parse(text));
        Assert.Contains("symbol", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_unsplittable_native_ids()
    {
        var ex = Assert.Throws<FormatException>(() => Symbol.FromNative(Exchange.Binance, "FOOBAR"));
        Assert.Contains("FOOBAR", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bin ance")]
    public void Exchange_rejects_bad_ids(string id)
    {
        Assert.Throws<ArgumentException>(() => Exchange.Parse(id));
    }

    [Fact]
    public void Exchange_accepts_the_old_huobi_name()
    {
        Assert.Equal(Exchange.Htx, Exchange.Parse("Huobi"));
        Assert.True(Exchange.Parse("KUCOIN").IsSupported);
        Assert.False(Exchange.Parse("bitstamp").IsSupported);
    }
}
