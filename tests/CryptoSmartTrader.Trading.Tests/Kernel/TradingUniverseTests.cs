using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Tests.Kernel;

public sealed class TradingUniverseTests
{
    [Fact]
    public void Symbols_get_dense_indexes_and_duplicates_are_refused()
    {
        var u = new TradingUniverse(Exchange.Binance, Timeframe.H1, [new Symbol("BTC", "USDT"), new Symbol("ETH", "USDT")]);
        Assert.Equal(1, u.IndexOf(new Symbol("ETH", "USDT")));
        Assert.Equal(-1, u.IndexOf(new Symbol("SOL", "USDT")));
        var ex = Assert.Throws<ArgumentException>(() => u.Add(Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.H1));
        Assert.Contains("BTC/USDT", ex.Message);
    }

    [Fact]
    public void Kernel_options_name_bad_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TradingKernelOptions { InitialCash = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new TradingKernelOptions { AccountCurrency = "US-D" }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new TradingKernelOptions { RebalanceThreshold = 1 }.Validate());
    }
}
