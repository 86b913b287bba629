using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Import;

namespace CryptoSmartTrader.Data.Tests.Import;

public sealed class DatasetFileNamesTests
{
    [Theory]
    [InlineData("candles/binance_spot_1h/BTC_USDT-1h.csv.gz", "binance", "BTC/USDT", "1h")]
    [InlineData("candles/binance_spot_1d/ETH_USDT-1d.csv.gz", "binance", "ETH/USDT", "1d")]
    [InlineData("candles/kraken_spot_1h/XBTUSD-1h.csv.gz", "kraken", "BTC/USD", "1h")]
    [InlineData("candles/kraken_spot_1m_sample/XBTUSDT-1m-2025-11-10.csv", "kraken", "BTC/USDT", "1m")]
    [InlineData("candles/binance_spot_5m_sample/XRP_ETH-5m-2019-10-11.csv", "binance", "XRP/ETH", "5m")]
    public void Series_key_comes_from_folder_and_file_name(string path, string exchange, string symbol, string timeframe)
    {
        var target = DatasetFileNames.Infer(path, null, out var skip, out var error);
        Assert.Null(skip);
        Assert.Null(error);
        Assert.Equal(new CandleFileTarget(Exchange.Parse(exchange), Symbol.Parse(symbol), Timeframe.Parse(timeframe)), target);
    }

    [Theory]
    [InlineData("candles/ftx_perp_1m/BTC-PERP-1m-2022-01.csv.gz", "CLOSE times")]
    [InlineData("candles/other/BTCUSD-1M-index-2012-2024.csv", "month-end label dates")]
    [InlineData("candles/other/BTCUSD-1d-bitstamp2011-coinbase2025.csv.gz", "--exchange")]
    public void Files_that_cannot_be_imported_safely_are_skipped_with_the_reason(string path, string reason)
    {
        Assert.Null(DatasetFileNames.Infer(path, null, out var skip, out _));
        Assert.Contains(reason, skip);
    }

    [Fact]
    public void Exchange_override_names_the_venue_of_an_unlabelled_folder()
    {
        var target = DatasetFileNames.Infer("candles/other/BTCUSD-1d-bitstamp2011-coinbase2025.csv.gz", Exchange.Parse("bitstamp"), out _, out _);
        Assert.Equal(new CandleFileTarget(Exchange.Parse("bitstamp"), new Symbol("BTC", "USD"), Timeframe.D1), target);
    }

    [Theory]
    [InlineData("candles/binance_spot_1h/BTC_USDT-1h.txt", "expected a .csv or .csv.gz")]
    [InlineData("candles/binance_spot/BTC_USDT.csv", "cannot tell the timeframe")]
    [InlineData("candles/binance_spot_1h/B!TC-1h.csv", "cannot read the symbol")]
    public void Unreadable_names_are_errors(string path, string error)
    {
        Assert.Null(DatasetFileNames.Infer(path, null, out _, out var message));
        Assert.Contains(error, message);
    }
}
