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
    public void Hash_equals_sha256_of_the_reference_lines_on_random_orders()
    {
        // The hash writes UTF-8 bytes directly; CanonicalLine is the documented reference text. Random orders cover every
        // order type, side and time in force, decimals of every scale (trailing zeros, integers, 28 places), times with
        // milliseconds and non-UTC offsets, several venues and symbols, non-ASCII ids, and lists long enough to cross the
        // writer's 64 KiB blocks.
        var rng = new Random(20261206);
        var symbols = new[] { new Symbol("BTC", "USDT"), new Symbol("ETH", "BTC"), new Symbol("DOGE", "EUR") };
        var venues = new[] { Exchange.Binance, Exchange.Kraken, Exchange.Parse("bitstamp") };
        var ids = new[] { "cst-", "bt-ü-", "x", "ещё-" };
        var (sides, types, tifs) = (Enum.GetValues<OrderSide>(), Enum.GetValues<OrderType>(), Enum.GetValues<TimeInForce>());
        var orders = new List<OrderRecord>();
        for (var k = 0; k < 3000; k++)
        {
            var type = types[rng.Next(types.Length)];
            var tif = tifs[rng.Next(tifs.Length)];
            var postOnly = type == OrderType.Limit && tif == TimeInForce.Gtc && rng.Next(2) == 0;
            decimal? limit = type is OrderType.Limit or OrderType.StopLimit ? RandomDecimal(rng) : null;
            decimal? stop = type is OrderType.StopMarket or OrderType.StopLimit ? RandomDecimal(rng) : null;
            var time = new DateTimeOffset(1999 + rng.Next(130), 1 + rng.Next(12), 1 + rng.Next(28), rng.Next(24), rng.Next(60), rng.Next(60),
                rng.Next(1000), TimeSpan.FromMinutes(15 * rng.Next(-8, 9)));
            orders.Add(new OrderRecord(time, new OrderRequest(ids[rng.Next(ids.Length)] + k, venues[rng.Next(venues.Length)], symbols[rng.Next(symbols.Length)],
                sides[rng.Next(sides.Length)], type, RandomDecimal(rng), limit, stop, tif, postOnly, rng.Next(2) == 0)));
        }

        var text = string.Concat(orders.Select(OrderListHash.CanonicalLine));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), OrderListHash.Compute(orders));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OrderListHash.CanonicalLine(orders[7])))),
            OrderListHash.Compute(orders.Skip(7).Take(1)));
    }

    private static decimal RandomDecimal(Random rng) => rng.Next(6) switch
    {
        0 => rng.Next(1, 100_000),                                              // integer
        1 => new decimal(rng.Next(1, int.MaxValue), 0, 0, false, (byte)rng.Next(0, 12)) * 1.000m, // trailing zeros
        2 => new decimal(rng.Next(), rng.Next(), rng.Next(1, 1000), false, 28), // 28 places
        3 => 0.00000001m * rng.Next(1, 1000),
        4 => decimal.Round((decimal)(rng.NextDouble() * 70_000), 10) + 0.0000000001m,
        _ => 100m,
    };

    [Fact]
    public void Empty_list_hashes_the_empty_string() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", OrderListHash.Compute([]));
}
