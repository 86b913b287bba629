using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;
using CryptoSmartTrader.Data.Exchanges.Streams;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Htx;

/// <summary>
/// HTX market streams: every frame is gzip-compressed (the runner inflates it); the server sends
/// <c>{"ping":n}</c> and expects <c>{"pong":n}</c>. Books use <c>mbp.refresh.20</c>, a full top-20 book per push, so no
/// delta keeping is needed and nothing can drift.
/// </summary>
internal sealed class HtxStreamProtocol(ExchangeOptions options) : IStreamProtocol
{
    private int _id;

    public Exchange Exchange => Exchange.Htx;

    public (string Message, TimeSpan Interval)? KeepAlive => null;

    public bool BookNeedsRestSnapshot => false;

    public ValueTask<Uri> ResolveUrlAsync(CancellationToken cancellationToken) => ValueTask.FromResult(options.WebSocketUrl);

    public IReadOnlyList<string> SubscribeMessages(StreamRequest request) =>
        [JsonSerializer.Serialize(new { sub = Channel(request), id = Interlocked.Increment(ref _id).ToString(System.Globalization.CultureInfo.InvariantCulture) })];

    public ProtocolOutput Handle(string frame, StreamRequest request) => StreamParsing.Guard(Exchange, request.Symbol, frame, root =>
    {
        var output = new ProtocolOutput();
        if (OptionalProp(root, "ping") is { } ping)
        {
            output.Reply = $$"""{"pong":{{ping.GetRawText()}}}""";
            return output;
        }

        if (OptionalProp(root, "ch") is null)
        {
            return output; // subscription ack
        }

        var ch = String(root, "ch", string.Empty);
        if (ch != Channel(request))
        {
            throw new PayloadException($"ch: expected {Channel(request)}, got '{ch}'");
        }

        var tick = Prop(root, "tick", string.Empty);
        switch (request.Channel)
        {
            case StreamChannel.Trades:
                var i = 0;
                foreach (var t in Array(Prop(tick, "data", "tick"), "tick.data").EnumerateArray())
                {
                    var path = $"tick.data[{i++}]";
                    var side = String(t, "direction", path) switch
                    {
                        "buy" => TakerSide.Buy,
                        "sell" => TakerSide.Sell,
                        var other => throw new PayloadException($"{path}.direction: expected 'buy' or 'sell', got '{other}'"),
                    };
                    output.Messages.Add(new TradeMessage(Exchange, request.Symbol, new Trade(DateTimeOffset.FromUnixTimeMilliseconds(Long(t, "ts", path)),
                        Decimal(t, "price", path), Decimal(t, "amount", path), side, Id(Prop(t, "tradeId", path), path + ".tradeId"))));
                }

                break;
            case StreamChannel.Candles:
                var tf = request.Timeframe ?? Timeframe.M1;
                var (open, o, h, l, c, v) = HtxParser.Kline(tick, "tick");
                if (!tf.IsAligned(open))
                {
                    throw new PayloadException($"tick.id: open time {open:O} is not aligned to {tf}");
                }

                output.Messages.Add(new CandleMessage(Exchange, request.Symbol, tf, Candle.Create(tf, open, o, h, l, c, v), IsClosed: false));
                break;
            default:
                output.Snapshot = OrderBook.Create(Exchange, request.Symbol, DateTimeOffset.FromUnixTimeMilliseconds(Long(root, "ts", string.Empty)),
                    StreamParsing.Levels(Prop(tick, "bids", "tick"), "tick.bids").Take(request.Depth),
                    StreamParsing.Levels(Prop(tick, "asks", "tick"), "tick.asks").Take(request.Depth),
                    Long(tick, "seqNum", "tick"));
                break;
        }

        return output;
    });

    private static string Channel(StreamRequest request)
    {
        var native = request.Symbol.ToNative(Exchange.Htx);
        return request.Channel switch
        {
            StreamChannel.Trades => $"market.{native}.trade.detail",
            StreamChannel.Candles => $"market.{native}.kline.{HtxParser.Period(request.Timeframe ?? Timeframe.M1)}",
            _ => $"market.{native}.mbp.refresh.20",
        };
    }
}
