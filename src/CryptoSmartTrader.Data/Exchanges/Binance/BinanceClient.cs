using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Paging;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Binance;

/// <summary>Binance spot public REST (<c>/api/v3/*</c>), paced by request weight.</summary>
internal sealed class BinanceClient(RestTransport rest, TimeProvider time, int? pageSize = null) : IMarketDataClient
{
    internal const int KlineLimit = 1000;
    private readonly int _pageSize = Math.Clamp(pageSize ?? KlineLimit, 1, KlineLimit);

    public Exchange Exchange => Exchange.Binance;

    public async Task<ExchangeResult<IReadOnlyList<MarketInfo>>> GetMarketsAsync(CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v3/exchangeInfo";
        var response = await rest.GetAsync(endpoint, 20, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<MarketInfo>>(Exchange, endpoint, response, root =>
            [.. Array(Prop(root, "symbols", string.Empty), "symbols").EnumerateArray().Select((s, i) => BinanceParser.Market(s, $"symbols[{i}]"))]);
    }

    public async Task<ExchangeResult<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v3/klines";
        var now = time.GetUtcNow();
        var collector = new CandleCollector(timeframe, since, until ?? now, now);
        var native = symbol.ToNative(Exchange);
        var start = collector.Since;
        while (start < collector.Until)
        {
            var query = $"{endpoint}?symbol={native}&interval={BinanceParser.Interval(timeframe)}&startTime={Ms(start)}" +
                        $"&endTime={Ms(collector.Until.AddMilliseconds(-1))}&limit={_pageSize}";
            var response = await rest.GetAsync(query, 2, cancellationToken).ConfigureAwait(false);
            var page = ParseGuard.Run(Exchange, endpoint, response, root =>
            {
                var rows = Array(root, string.Empty);
                var i = 0;
                DateTimeOffset? last = null;
                foreach (var row in rows.EnumerateArray())
                {
                    var (open, o, h, l, c, v) = BinanceParser.Kline(row, $"[{i++}]");
                    collector.Add(open, o, h, l, c, v);
                    last = open;
                }

                return (Count: i, Last: last);
            });
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            if (page.Value.Last is not { } lastOpen || page.Value.Count < _pageSize || lastOpen < start)
            {
                break;
            }

            start = timeframe.CloseOf(lastOpen);
        }

        return ExchangeResult<IReadOnlyList<Candle>>.Ok(collector.ToList());
    }

    public async Task<ExchangeResult<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v3/ticker/24hr";
        var native = symbol.ToNative(Exchange);
        var response = await rest.GetAsync($"{endpoint}?symbol={native}", 2, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run(Exchange, endpoint, response, root =>
        {
            BinanceParser.CheckSymbol(root, string.Empty, native);
            return BinanceParser.Ticker(symbol, root, string.Empty);
        });
    }

    public async Task<ExchangeResult<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v3/ticker/24hr";
        var response = await rest.GetAsync(endpoint, 80, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Ticker>>(Exchange, endpoint, response, root =>
        {
            // One symbol answers with an object; all symbols with an array.
            var items = root.ValueKind == System.Text.Json.JsonValueKind.Array ? root.EnumerateArray().ToList() : [Object(root, string.Empty)];
            var list = new List<Ticker>();
            for (var i = 0; i < items.Count; i++)
            {
                var native = String(items[i], "symbol", $"[{i}]");
                if (TryNative(native) is not { } s)
                {
                    continue;
                }

                list.Add(BinanceParser.Ticker(s, items[i], $"[{i}]"));
            }

            return list;
        });
    }

    public async Task<ExchangeResult<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v3/depth";
        var limit = BinanceParser.DepthLimit(depth);
        var response = await rest.GetAsync($"{endpoint}?symbol={symbol.ToNative(Exchange)}&limit={limit}", BinanceParser.DepthWeight(limit),
            cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run(Exchange, endpoint, response, root => OrderBook.Create(Exchange, symbol, time.GetUtcNow(),
            BinanceParser.Levels(Prop(root, "bids", string.Empty), "bids", depth),
            BinanceParser.Levels(Prop(root, "asks", string.Empty), "asks", depth),
            Long(root, "lastUpdateId", string.Empty)));
    }

    public async Task<ExchangeResult<IReadOnlyList<Trade>>> GetRecentTradesAsync(Symbol symbol, int limit, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v3/trades";
        var response = await rest.GetAsync($"{endpoint}?symbol={symbol.ToNative(Exchange)}&limit={Math.Clamp(limit, 1, 1000)}", 25,
            cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Trade>>(Exchange, endpoint, response, root =>
            [.. Array(root, string.Empty).EnumerateArray().Select((t, i) => BinanceParser.Trade(t, $"[{i}]")).OrderBy(t => t.Time)]);
    }

    private static Symbol? TryNative(string native)
    {
        try
        {
            return Symbol.FromNative(Exchange.Binance, native);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
