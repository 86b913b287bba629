using System.Collections.Concurrent;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;
using CryptoSmartTrader.Data.Exchanges.Streams;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Kraken;

/// <summary>
/// Kraken WS v2 (<c>{"method":"subscribe","params":{"channel":"trade","symbol":["BTC/USD"]}}</c>). Books are pushed as a
/// snapshot then updates, each verified against Kraken's checksum with the pair's precision from REST AssetPairs; a
/// mismatch forces a resubscribe.
/// </summary>
internal sealed class KrakenStreamProtocol(ExchangeOptions options, IMarketDataClient rest) : IStreamProtocol
{
    private readonly ConcurrentDictionary<Symbol, (int Price, int Quantity)> _precision = new();
    private readonly ConcurrentDictionary<StreamRequest, KrakenBook> _books = new();
    private int _id;

    public Exchange Exchange => Exchange.Kraken;

    public (string Message, TimeSpan Interval)? KeepAlive => null;

    public bool BookNeedsRestSnapshot => false;

    public async ValueTask<Uri> ResolveUrlAsync(CancellationToken cancellationToken)
    {
        if (_precision.IsEmpty)
        {
            var markets = await rest.GetMarketsAsync(cancellationToken).ConfigureAwait(false);
            if (markets.IsSuccess)
            {
                foreach (var m in markets.Value)
                {
                    _precision[m.Symbol] = (Decimals(m.PriceTick), Decimals(m.SizeStep));
                }
            }
        }

        return options.WebSocketUrl;
    }

    public IReadOnlyList<string> SubscribeMessages(StreamRequest request)
    {
        var symbol = new[] { request.Symbol.ToString() };
        var id = Interlocked.Increment(ref _id);
        object @params = request.Channel switch
        {
            StreamChannel.Trades => new { channel = "trade", symbol },
            StreamChannel.Candles => new { channel = "ohlc", symbol, interval = (int)(request.Timeframe ?? Timeframe.M1).Duration.TotalMinutes },
            _ => new { channel = "book", symbol, depth = BookDepth(request.Depth) },
        };
        return [JsonSerializer.Serialize(new { method = "subscribe", @params, req_id = id })];
    }

    public ProtocolOutput Handle(string frame, StreamRequest request) => StreamParsing.Guard(Exchange, request.Symbol, frame, root =>
    {
        var output = new ProtocolOutput();
        var channel = OptionalProp(root, "channel")?.GetString();
        if (channel is null or "heartbeat" or "status" || OptionalProp(root, "data") is not { } data)
        {
            return output;
        }

        var i = 0;
        foreach (var item in Array(data, "data").EnumerateArray())
        {
            var path = $"data[{i++}]";
            var symbol = String(item, "symbol", path);
            if (!Symbol.TryParse(symbol, out var s, out _) || s != request.Symbol)
            {
                throw new PayloadException($"{path}.symbol: expected {request.Symbol}, got '{symbol}'");
            }

            switch (channel)
            {
                case "trade":
                    output.Messages.Add(new TradeMessage(Exchange, s, new Trade(Time(item, "timestamp", path), Decimal(item, "price", path),
                        Decimal(item, "qty", path), Side(String(item, "side", path), path), Id(Prop(item, "trade_id", path), path + ".trade_id"))));
                    break;
                case "ohlc":
                    var tf = request.Timeframe ?? Timeframe.M1;
                    var open = Time(item, "interval_begin", path);
                    output.Messages.Add(new CandleMessage(Exchange, s, tf, Candle.Create(tf, open, Decimal(item, "open", path), Decimal(item, "high", path),
                        Decimal(item, "low", path), Decimal(item, "close", path), Decimal(item, "volume", path)), IsClosed: false));
                    break;
                case "book":
                    HandleBook(request, item, path, String(root, "type", string.Empty), output);
                    break;
            }
        }

        return output;
    });

    private void HandleBook(StreamRequest request, JsonElement item, string path, string type, ProtocolOutput output)
    {
        if (!_precision.TryGetValue(request.Symbol, out var precision))
        {
            throw new PayloadException($"{path}: no precision known for {request.Symbol} (AssetPairs unavailable), cannot verify the book checksum");
        }

        var book = _books.GetOrAdd(request, _ => new KrakenBook(BookDepth(request.Depth), precision.Price, precision.Quantity));
        if (type == "snapshot")
        {
            book.Reset();
        }

        book.Apply(Levels(Prop(item, "bids", path), path + ".bids"), Levels(Prop(item, "asks", path), path + ".asks"));
        var expected = (uint)Long(item, "checksum", path);
        var actual = book.Checksum();
        if (actual != expected)
        {
            book.Reset();
            output.Resync = $"book checksum mismatch: venue {expected}, local {actual}";
            return;
        }

        output.Snapshot = book.ToOrderBook(request.Symbol, OptionalProp(item, "timestamp") is not null ? Time(item, "timestamp", path) : DateTimeOffset.UnixEpoch);
    }

    private static IEnumerable<BookLevel> Levels(JsonElement side, string path) =>
        Array(side, path).EnumerateArray().Select((l, i) => new BookLevel(Decimal(l, "price", $"{path}[{i}]"), Decimal(l, "qty", $"{path}[{i}]"))).ToList();

    private static DateTimeOffset Time(JsonElement e, string name, string path) =>
        DateTimeOffset.TryParse(String(e, name, path), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
            ? t.ToUniversalTime()
            : throw new PayloadException($"{path}.{name}: expected an RFC 3339 time, got '{e.GetProperty(name).GetString()}'");

    private static TakerSide Side(string side, string path) => side switch
    {
        "buy" => TakerSide.Buy,
        "sell" => TakerSide.Sell,
        _ => throw new PayloadException($"{path}.side: expected 'buy' or 'sell', got '{side}'"),
    };

    private static int BookDepth(int depth) => new[] { 10, 25, 100, 500, 1000 }.FirstOrDefault(d => d >= depth, 1000);

    private static int Decimals(decimal step)
    {
        var n = 0;
        while (step < 1 && n < 28)
        {
            step *= 10;
            n++;
        }

        return n;
    }
}
