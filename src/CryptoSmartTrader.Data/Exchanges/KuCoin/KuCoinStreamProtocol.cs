using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Json;
using CryptoSmartTrader.Data.Exchanges.Streams;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.KuCoin;

/// <summary>
/// KuCoin public streams: each connection first asks REST <c>POST /api/v1/bullet-public</c> for a token and server,
/// then subscribes to topics (<c>/market/match:BTC-USDT</c>, <c>/market/candles:BTC-USDT_1hour</c>, <c>/market/level2:BTC-USDT</c>)
/// and sends <c>ping</c> at the server's interval.
/// </summary>
internal sealed class KuCoinStreamProtocol(RestTransport rest) : IStreamProtocol
{
    private TimeSpan _pingInterval = TimeSpan.FromSeconds(18);
    private long _id;

    public Exchange Exchange => Exchange.KuCoin;

    public (string Message, TimeSpan Interval)? KeepAlive => ($$"""{"id":"{{Interlocked.Increment(ref _id)}}","type":"ping"}""", _pingInterval);

    public bool BookNeedsRestSnapshot => true;

    public async ValueTask<Uri> ResolveUrlAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v1/bullet-public";
        var response = await rest.SendAsync(HttpMethod.Post, endpoint, 10, cancellationToken).ConfigureAwait(false);
        var parsed = ParseGuard.Run(Exchange, endpoint, response, root =>
        {
            var data = KuCoinParser.Data(root);
            var server = Index(Prop(data, "instanceServers", "data"), 0, "data.instanceServers");
            var ping = OptionalProp(server, "pingInterval") is { } p ? Long(p, "data.instanceServers[0].pingInterval") : 18000;
            return (Token: String(data, "token", "data"), Endpoint: String(server, "endpoint", "data.instanceServers[0]"), Ping: ping);
        });
        if (!parsed.IsSuccess)
        {
            // The stream runner treats this as a failed connection and retries with backoff.
            throw new InvalidOperationException($"kucoin bullet token: {parsed.Error}");
        }

        _pingInterval = TimeSpan.FromMilliseconds(Math.Max(1000, parsed.Value.Ping));
        var endpointUrl = parsed.Value.Endpoint;
        return new Uri($"{endpointUrl}?token={Uri.EscapeDataString(parsed.Value.Token)}&connectId={Interlocked.Increment(ref _id).ToString(CultureInfo.InvariantCulture)}");
    }

    public IReadOnlyList<string> SubscribeMessages(StreamRequest request) =>
        [JsonSerializer.Serialize(new { id = Interlocked.Increment(ref _id).ToString(CultureInfo.InvariantCulture), type = "subscribe", topic = Topic(request), privateChannel = false, response = true })];

    public ProtocolOutput Handle(string frame, StreamRequest request) => StreamParsing.Guard(Exchange, request.Symbol, frame, root =>
    {
        var output = new ProtocolOutput();
        if (OptionalProp(root, "type")?.GetString() != "message")
        {
            return output; // welcome, ack, pong
        }

        var topic = String(root, "topic", string.Empty);
        if (topic != Topic(request))
        {
            throw new PayloadException($"topic: expected {Topic(request)}, got '{topic}'");
        }

        var data = Prop(root, "data", string.Empty);
        switch (request.Channel)
        {
            case StreamChannel.Trades:
                output.Messages.Add(new TradeMessage(Exchange, request.Symbol, KuCoinParser.Trade(data, "data")));
                break;
            case StreamChannel.Candles:
                var tf = request.Timeframe ?? Timeframe.M1;
                var (open, o, h, l, c, v) = KuCoinParser.Kline(Prop(data, "candles", "data"), "data.candles");
                if (!tf.IsAligned(open))
                {
                    throw new PayloadException($"data.candles[0]: open time {open:O} is not aligned to {tf}");
                }

                output.Messages.Add(new CandleMessage(Exchange, request.Symbol, tf, Candle.Create(tf, open, o, h, l, c, v), IsClosed: false));
                break;
            default:
                var changes = Prop(data, "changes", "data");
                output.Deltas.Add(new BookDelta(Long(data, "sequenceStart", "data"), Long(data, "sequenceEnd", "data"),
                    StreamParsing.Levels(Prop(changes, "bids", "data.changes"), "data.changes.bids"),
                    StreamParsing.Levels(Prop(changes, "asks", "data.changes"), "data.changes.asks"),
                    DateTimeOffset.FromUnixTimeMilliseconds(Long(data, "time", "data"))));
                break;
        }

        return output;
    });

    private string Topic(StreamRequest request)
    {
        var native = request.Symbol.ToNative(Exchange);
        return request.Channel switch
        {
            StreamChannel.Trades => $"/market/match:{native}",
            StreamChannel.Candles => $"/market/candles:{native}_{KuCoinParser.Interval(request.Timeframe ?? Timeframe.M1)}",
            _ => $"/market/level2:{native}",
        };
    }
}
