using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.TestKit.Datasets;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>
/// A loopback Binance for whole-bot tests: klines cut from the real shared BTC/USDT 1h file (in Binance's kline shape,
/// honouring startTime/endTime/limit; any other symbol is answered as Binance answers an unlisted one), and a spot account in the shapes of the recorded payloads. The first order is
/// rejected for insufficient balance (the error path); later ones fill at once at the last served close. With
/// <c>cutSecondPlacement</c> the second order is filled but its answer is lost (the connection is dropped), and queries
/// about it fail with 503 until <see cref="Answering"/> is set: an order of unknown outcome the venue cannot yet explain.
/// </summary>
internal sealed class LoopbackBinance
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly CandleSeries _btc = SharedCandles.BinanceHourly("BTC");
    private readonly ConcurrentDictionary<string, string> _orders = new(StringComparer.Ordinal);
    private decimal _lastClose;
    private int _posts;

    private readonly bool _echo;
    private readonly bool _cutSecond;
    private volatile bool _answering;
    private volatile string? _cutOrderId;

    /// <param name="echoRequest">The reject echoes the request's key header and signature, as a careless venue or proxy might.</param>
    /// <param name="cutSecondPlacement">The second order POST is booked (filled) but the connection is dropped before the answer.</param>
    public LoopbackBinance(LoopbackServer server, bool withdrawEnabled = false, IReadOnlySet<DateTimeOffset>? missingOpens = null, bool echoRequest = false,
        bool cutSecondPlacement = false)
    {
        _echo = echoRequest;
        _cutSecond = cutSecondPlacement;
        Missing = missingOpens ?? new HashSet<DateTimeOffset>();
        server.Map("/api/v3/klines", Klines);
        server.MapJson("/sapi/v1/account/apiRestrictions", LiveAccountStartupTests.Restrictions(trade: true, withdraw: withdrawEnabled));
        server.MapJson("/api/v3/account", """{"canTrade":true,"accountType":"SPOT","balances":[{"asset":"USDT","free":"10000.00000000","locked":"0.00000000"}],"permissions":["SPOT"]}""");
        server.MapJson("/api/v3/openOrders", "[]");
        server.MapJson("/api/v3/myTrades", "[]");
        server.Map("/api/v3/order", Order);
    }

    public IReadOnlySet<DateTimeOffset> Missing { get; }

    /// <summary>Private requests that carried the planted key in the X-MBX-APIKEY header (the key was really used).</summary>
    public int KeyedRequests;

    public int Posts => Volatile.Read(ref _posts);

    /// <summary>The client order id of the placement whose answer was cut off (null before it).</summary>
    public string? CutOrderId => _cutOrderId;

    /// <summary>Whether queries about the cut-off order are answered (false: 503, the venue cannot say yet).</summary>
    public bool Answering
    {
        get => _answering;
        set => _answering = value;
    }

    /// <summary>Close times of the klines served, as the file states them.</summary>
    public ConcurrentDictionary<DateTimeOffset, byte> ServedCloses { get; } = new();

    private async Task Klines(HttpContext context)
    {
        var q = context.Request.Query;
        if (q["symbol"].ToString() != "BTCUSDT")
        {
            // What Binance answers for a symbol it does not list.
            await Reply.Json("""{"code":-1121,"msg":"Invalid symbol."}""", 400)(context);
            return;
        }

        var start = long.Parse(q["startTime"].ToString(), Inv);
        var end = long.Parse(q["endTime"].ToString(), Inv);
        var limit = int.Parse(q["limit"].ToString(), Inv);
        var sb = new StringBuilder("[");
        var n = 0;
        foreach (var c in _btc.AsEnumerable())
        {
            var open = c.OpenTime.ToUnixTimeMilliseconds();
            if (open < start || open > end || Missing.Contains(c.OpenTime)) continue;
            if (n++ == limit) break;
            if (n > 1) sb.Append(',');
            sb.Append(Inv, $"[{open},\"{c.Open}\",\"{c.High}\",\"{c.Low}\",\"{c.Close}\",\"{c.Volume}\",{open + 3_599_999},\"0\",1,\"0\",\"0\",\"0\"]");
            _lastClose = c.Close;
            ServedCloses[c.CloseTime] = 0;
        }

        await Reply.Json(sb.Append(']').ToString())(context);
    }

    private async Task Order(HttpContext context)
    {
        if (context.Request.Headers["X-MBX-APIKEY"] == LiveTestAccounts.PlantedKey) Interlocked.Increment(ref KeyedRequests);
        var q = context.Request.Query;
        if (context.Request.Method == "POST")
        {
            if (Interlocked.Increment(ref _posts) == 1)
            {
                var echo = _echo ? $" (X-MBX-APIKEY={context.Request.Headers["X-MBX-APIKEY"]}, signature={q["signature"]})" : "";
                await Reply.Json($$"""{"code":-2010,"msg":"Account has insufficient balance for requested action.{{echo}}"}""", 400)(context);
                return;
            }

            var id = q["newClientOrderId"].ToString();
            var body = Filled(id, q["side"].ToString(), q["type"].ToString(), decimal.Parse(q["quantity"].ToString(), Inv), _posts);
            _orders[id] = body;
            if (_cutSecond && _posts == 2)
            {
                _cutOrderId = id;
                await Reply.Reset()(context);
                return;
            }

            await Reply.Json(body)(context);
            return;
        }

        var wanted = q["origClientOrderId"].ToString();
        if (wanted == _cutOrderId && !_answering)
        {
            await Reply.Status(503)(context);
            return;
        }

        await (_orders.TryGetValue(wanted, out var known) && context.Request.Method == "GET"
            ? Reply.Json(known)
            : Reply.Json("""{"code":-2013,"msg":"Order does not exist."}""", 400))(context);
    }

    private string Filled(string id, string side, string type, decimal qty, int n)
    {
        var price = _lastClose;
        var fee = decimal.Round(qty * price * 0.001m, 8);
        return string.Create(Inv, $$"""
            {"symbol":"BTCUSDT","orderId":{{n}},"orderListId":-1,"clientOrderId":"{{id}}","transactTime":1700000000000,"price":"0.00000000",
             "origQty":"{{qty}}","executedQty":"{{qty}}","cummulativeQuoteQty":"{{qty * price}}","status":"FILLED","timeInForce":"GTC","type":"{{type}}",
             "side":"{{side}}","fills":[{"price":"{{price}}","qty":"{{qty}}","commission":"{{fee}}","commissionAsset":"USDT","tradeId":{{1000 + n}}}]}
            """);
    }
}
