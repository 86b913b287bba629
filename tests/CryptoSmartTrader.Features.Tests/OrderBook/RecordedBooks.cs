using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Datasets;
using Book = CryptoSmartTrader.Core.Markets.OrderBook;

namespace CryptoSmartTrader.Features.Tests.OrderBook;

/// <summary>Test-side readers of the recorded books in the shared datasets (the formats are documented in its README).</summary>
internal static class RecordedBooks
{
    private static readonly Exchange BinanceFutures = Exchange.Parse("binance-futures");
    private static readonly Exchange Bybit = Exchange.Parse("bybit");

    /// <summary>Tardis wide format: asks[i].price, asks[i].amount, bids[i].price, bids[i].amount; µs timestamps.</summary>
    public static IReadOnlyList<Book> Tardis(string file)
    {
        var lines = File.ReadAllLines(SharedDatasets.PathOf("orderbook", file));
        var header = lines[0].Split(',');
        var books = new List<Book>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var bids = new List<BookLevel>();
            var asks = new List<BookLevel>();
            for (var i = 0; ; i++)
            {
                var ap = Array.IndexOf(header, $"asks[{i}].price");
                if (ap < 0) break;
                asks.Add(new BookLevel(D(f[ap]), D(f[Array.IndexOf(header, $"asks[{i}].amount")])));
                bids.Add(new BookLevel(D(f[Array.IndexOf(header, $"bids[{i}].price")]), D(f[Array.IndexOf(header, $"bids[{i}].amount")])));
            }

            var time = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[2], CultureInfo.InvariantCulture) / 1000);
            books.Add(Book.Create(BinanceFutures, new Symbol("BTC", "USDT"), time, bids, asks));
        }

        return books;
    }

    /// <summary>The first line (the 500-level snapshot) of the Bybit orderbook.500 feed.</summary>
    public static Book BybitSnapshot()
    {
        using var gz = new GZipStream(File.OpenRead(SharedDatasets.PathOf("orderbook", "bybit_linear_XRPUSDT_ob500_2024-12-01.jsonl.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        using var doc = JsonDocument.Parse(reader.ReadLine()!);
        var root = doc.RootElement;
        Assert.Equal("snapshot", root.GetProperty("type").GetString());
        var data = root.GetProperty("data");
        IEnumerable<BookLevel> Side(string name) => data.GetProperty(name).EnumerateArray()
            .Select(l => new BookLevel(D(l[0].GetString()!), D(l[1].GetString()!))).ToArray();
        return Book.Create(Bybit, new Symbol("XRP", "USDT"), DateTimeOffset.FromUnixTimeMilliseconds(root.GetProperty("ts").GetInt64()),
            Side("b"), Side("a"), data.GetProperty("u").GetInt64());
    }

    /// <summary>The Binance futures depth snapshot file (its 100 rows are all bid levels).</summary>
    public static Book BinanceDepthSnapshot()
    {
        var rows = File.ReadAllLines(SharedDatasets.PathOf("orderbook", "binance-futures_BTCUSDT_depth_snapshot_2022-11-01.csv")).Skip(1)
            .Select(l => l.Split(',')).ToArray();
        var bids = rows.Where(r => r[4] == "b").Select(r => new BookLevel(D(r[6]), D(r[7])));
        var asks = rows.Where(r => r[4] == "a").Select(r => new BookLevel(D(r[6]), D(r[7])));
        return Book.Create(BinanceFutures, new Symbol("BTC", "USDT"), DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(rows[0][1], CultureInfo.InvariantCulture)),
            bids, asks, long.Parse(rows[0][3], CultureInfo.InvariantCulture));
    }

    /// <summary>The Kraken REST <c>GET /0/public/Depth</c> fixture (JKorf; line 1-3 method, path, auth, then the JSON body).</summary>
    public static Book KrakenRestFixture()
    {
        var lines = File.ReadAllLines(SharedDatasets.PathOf("api_fixtures", "jkorf", "Kraken", "Endpoints", "Spot", "ExchangeData", "GetOrderBook.txt"));
        using var doc = JsonDocument.Parse(string.Join('\n', lines.Skip(3)));
        var book = doc.RootElement.GetProperty("result").GetProperty("XXBTZUSD");
        IEnumerable<BookLevel> Side(string name) => book.GetProperty(name).EnumerateArray()
            .Select(l => new BookLevel(D(l[0].GetString()!), D(l[1].GetString()!))).ToArray();
        return Book.Create(Exchange.Kraken, new Symbol("BTC", "USD"), DateTimeOffset.FromUnixTimeSeconds(1688671674), Side("bids"), Side("asks"));
    }

    private static decimal D(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
