using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;
using CryptoSmartTrader.Data.Exchanges.Streams;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Binance;

/// <summary>
/// Binance combined streams: <c>{"method":"SUBSCRIBE","params":["btcusdt@trade"]}</c>; pushes arrive as
/// <c>{"stream":…,"data":{…}}</c>. The server pings at the WebSocket level, which <c>ClientWebSocket</c> answers itself.
/// </summary>
internal sealed class BinanceStreamProtocol(ExchangeOptions options) : IStreamProtocol
{
    private int _id;

    public Exchange Exchange => Exchange.Binance;

    public (string Message, TimeSpan Interval)? KeepAlive => null;

    public bool BookNeedsRestSnapshot => true;

    public ValueTask<Uri> ResolveUrlAsync(CancellationToken cancellationToken) => ValueTask.FromResult(options.WebSocketUrl);

    public IReadOnlyList<string> SubscribeMessages(StreamRequest request)
    {
        var native = request.Symbol.ToNative(Exchange).ToLowerInvariant();
        var stream = request.Channel switch
        {
            StreamChannel.Trades => $"{native}@trade",
            StreamChannel.Candles => $"{native}@kline_{(request.Timeframe ?? Timeframe.M1).Code}",
            _ => $"{native}@depth@100ms",
        };
        return [JsonSerializer.Serialize(new { method = "SUBSCRIBE", @params = new[] { stream }, id = Interlocked.Increment(ref _id) })];
    }

    public ProtocolOutput Handle(string frame, StreamRequest request) => StreamParsing.Guard(Exchange, request.Symbol, frame, root =>
    {
        var output = new ProtocolOutput();
        if (OptionalProp(root, "data") is not { } data)
        {
            return output; // subscription acks: {"result":null,"id":1}
        }

        var native = request.Symbol.ToNative(Exchange);
        if (OptionalProp(data, "lastUpdateId") is not null)
        {
            output.Snapshot = OrderBook.Create(Exchange, request.Symbol, DateTimeOffset.UnixEpoch,
                StreamParsing.Levels(Prop(data, "bids", "data"), "data.bids"), StreamParsing.Levels(Prop(data, "asks", "data"), "data.asks"),
                Long(data, "lastUpdateId", "data"));
            return output;
        }

        var symbol = String(data, "s", "data");
        if (!string.Equals(symbol, native, StringComparison.OrdinalIgnoreCase))
        {
            throw new PayloadException($"data.s: expected {native}, got '{symbol}'");
        }

        switch (String(data, "e", "data"))
        {
            case "trade":
                output.Messages.Add(new TradeMessage(Exchange, request.Symbol, new Trade(
                    DateTimeOffset.FromUnixTimeMilliseconds(Long(data, "T", "data")), Decimal(data, "p", "data"), Decimal(data, "q", "data"),
                    Bool(Prop(data, "m", "data"), "data.m") ? TakerSide.Sell : TakerSide.Buy, Id(Prop(data, "t", "data"), "data.t"))));
                break;
            case "kline":
                var k = Prop(data, "k", "data");
                var tf = request.Timeframe ?? Timeframe.M1;
                var open = DateTimeOffset.FromUnixTimeMilliseconds(Long(k, "t", "data.k"));
                var error = Candle.Validate(open, tf.CloseOf(open), Decimal(k, "o", "data.k"), Decimal(k, "h", "data.k"),
                    Decimal(k, "l", "data.k"), Decimal(k, "c", "data.k"), Decimal(k, "v", "data.k"));
                if (error is not null)
                {
                    throw new ArgumentException(error);
                }

                output.Messages.Add(new CandleMessage(Exchange, request.Symbol, tf,
                    Candle.Create(tf, open, Decimal(k, "o", "data.k"), Decimal(k, "h", "data.k"), Decimal(k, "l", "data.k"),
                        Decimal(k, "c", "data.k"), Decimal(k, "v", "data.k")),
                    Bool(Prop(k, "x", "data.k"), "data.k.x")));
                break;
            case "depthUpdate":
                output.Deltas.Add(new BookDelta(Long(data, "U", "data"), Long(data, "u", "data"),
                    StreamParsing.Levels(Prop(data, "b", "data"), "data.b"), StreamParsing.Levels(Prop(data, "a", "data"), "data.a"),
                    DateTimeOffset.FromUnixTimeMilliseconds(Long(data, "E", "data"))));
                break;
        }

        return output;
    });
}
