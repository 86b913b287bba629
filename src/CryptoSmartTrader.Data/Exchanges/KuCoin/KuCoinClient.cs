using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Paging;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.KuCoin;

/// <summary>KuCoin spot public REST. Candles come newest first, at most 1500 per call, so the window is walked in fixed chunks.</summary>
internal sealed class KuCoinClient(RestTransport rest, TimeProvider time, int? pageSize = null) : IMarketDataClient
{
    internal const int KlineLimit = 1500;
    private readonly int _pageSize = Math.Clamp(pageSize ?? KlineLimit, 1, KlineLimit);

    public Exchange Exchange => Exchange.KuCoin;

    internal RestTransport Rest => rest;

    public async Task<ExchangeResult<IReadOnlyList<MarketInfo>>> GetMarketsAsync(CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v2/symbols";
        var response = await rest.GetAsync(endpoint, 4, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<MarketInfo>>(Exchange, endpoint, response, root =>
            [.. Array(KuCoinParser.Data(root), "data").EnumerateArray().Select((s, i) => KuCoinParser.Market(s, $"data[{i}]"))]);
    }

    public async Task<ExchangeResult<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v1/market/candles";
        var type = KuCoinParser.Interval(timeframe);
        if (type.Length == 0)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "timeframe", $"timeframe {timeframe} is not offered by KuCoin", endpoint);
        }

        var now = time.GetUtcNow();
        var collector = new CandleCollector(timeframe, since, until ?? now, now);
        var native = symbol.ToNative(Exchange);
        var start = collector.Since;
        while (start < collector.Until)
        {
            var chunkEnd = start + (timeframe.Duration * _pageSize);
            chunkEnd = chunkEnd < collector.Until ? chunkEnd : collector.Until;
            var query = $"{endpoint}?type={type}&symbol={native}&startAt={S(start)}&endAt={S(chunkEnd)}";
            var response = await rest.GetAsync(query, 3, cancellationToken).ConfigureAwait(false);
            var page = ParseGuard.Run(Exchange, endpoint, response, root =>
            {
                var i = 0;
                foreach (var row in Array(KuCoinParser.Data(root), "data").EnumerateArray())
                {
                    var (open, o, h, l, c, v) = KuCoinParser.Kline(row, $"data[{i++}]");
                    collector.Add(open, o, h, l, c, v);
                }

                return i;
            });
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            start = chunkEnd;
        }

        return ExchangeResult<IReadOnlyList<Candle>>.Ok(collector.ToList());
    }

    public async Task<ExchangeResult<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v1/market/stats";
        var native = symbol.ToNative(Exchange);
        var response = await rest.GetAsync($"{endpoint}?symbol={native}", 15, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run(Exchange, endpoint, response, root =>
        {
            var data = Object(KuCoinParser.Data(root), "data");
            KuCoinParser.CheckSymbol(data, "data", native);
            return KuCoinParser.Ticker(symbol, data, "data", DateTimeOffset.FromUnixTimeMilliseconds(Long(data, "time", "data")));
        });
    }

    public async Task<ExchangeResult<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v1/market/allTickers";
        var response = await rest.GetAsync(endpoint, 15, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Ticker>>(Exchange, endpoint, response, root =>
        {
            var data = Object(KuCoinParser.Data(root), "data");
            var at = DateTimeOffset.FromUnixTimeMilliseconds(Long(data, "time", "data"));
            var list = new List<Ticker>();
            var i = 0;
            foreach (var t in Array(Prop(data, "ticker", "data"), "data.ticker").EnumerateArray())
            {
                var path = $"data.ticker[{i++}]";
                if (Symbol.TryParse(String(t, "symbol", path), out var s, out _))
                {
                    list.Add(KuCoinParser.Ticker(s, t, path, at));
                }
            }

            return list;
        });
    }

    public async Task<ExchangeResult<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken = default)
    {
        var endpoint = depth <= 20 ? "/api/v1/market/orderbook/level2_20" : "/api/v1/market/orderbook/level2_100";
        var response = await rest.GetAsync($"{endpoint}?symbol={symbol.ToNative(Exchange)}", 2, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run(Exchange, endpoint, response, root =>
        {
            var data = Object(KuCoinParser.Data(root), "data");
            return OrderBook.Create(Exchange, symbol, DateTimeOffset.FromUnixTimeMilliseconds(Long(data, "time", "data")),
                KuCoinParser.Levels(Prop(data, "bids", "data"), "data.bids", depth),
                KuCoinParser.Levels(Prop(data, "asks", "data"), "data.asks", depth),
                Long(data, "sequence", "data"));
        });
    }

    public async Task<ExchangeResult<IReadOnlyList<Trade>>> GetRecentTradesAsync(Symbol symbol, int limit, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v1/market/histories";
        var response = await rest.GetAsync($"{endpoint}?symbol={symbol.ToNative(Exchange)}", 3, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Trade>>(Exchange, endpoint, response, root =>
            [.. Array(KuCoinParser.Data(root), "data").EnumerateArray().Select((t, i) => KuCoinParser.Trade(t, $"data[{i}]"))
                .OrderBy(t => t.Time).TakeLast(limit)]);
    }

    private static string S(DateTimeOffset t) => t.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
