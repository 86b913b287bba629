using System.Security.Cryptography;
using System.Text;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

public sealed class OrderListHashTests
{
    private static readonly DateTimeOffset T = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static OrderRecord Order(string id, decimal qty, decimal? limit = null) => new(T,
        new OrderRequest(id, Exchange.Binance, new Symbol("BTC", "USDT"), OrderSide.Buy, limit is null ? OrderType.Market : OrderType.Limit, qty, limit));

    [Fact]
    public void Canonical_line_is_documented_text()
    {
        Assert.Equal("2024-03-01T12:00:00.000Z|o1|binance|BTC/USDT|Buy|Limit|0.5|42000.1||Gtc|0|0\n",
            OrderListHash.CanonicalLine(Order("o1", 0.500m, 42000.10m)));
    }

    [Fact]
    public void Hash_is_sha256_of_the_concatenated_lines()
    {
        var orders = new[] { Order("o1", 1m), Order("o2", 2m, 100m) };
        var text = "2024-03-01T12:00:00.000Z|o1|binance|BTC/USDT|Buy|Market|1|||Gtc|0|0\n" +
                   "2024-03-01T12:00:00.000Z|o2|binance|BTC/USDT|Buy|Limit|2|100||Gtc|0|0\n";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, OrderListHash.Compute(orders));
    }

    [Fact]
    public void Scale_does_not_matter_but_order_and_values_do()
    {
        Assert.Equal(OrderListHash.Compute([Order("o1", 1.50m)]), OrderListHash.Compute([Order("o1", 1.5m)]));
        Assert.NotEqual(OrderListHash.Compute([Order("o1", 1m), Order("o2", 1m)]), OrderListHash.Compute([Order("o2", 1m), Order("o1", 1m)]));
        Assert.NotEqual(OrderListHash.Compute([Order("o1", 1m)]), OrderListHash.Compute([Order("o1", 1.0001m)]));
    }

    [Fact]
    public void Empty_list_hashes_the_empty_string() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", OrderListHash.Compute([]));
}
