using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Paging;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Htx;

/// <summary>
/// HTX spot public REST. Its kline endpoint has no start time: it serves the latest 2000 bars only, so older history
/// is not reachable here and shows up as missing in the store's gap report rather than being invented.
/// </summary>
internal sealed class HtxClient(RestTransport rest, TimeProvider time) : IMarketDataClient
{
    internal const int KlineLimit = 2000;

    public Exchange Exchange => Exchange.Htx;

    public async Task<ExchangeResult<IReadOnlyList<MarketInfo>>> GetMarketsAsync(CancellationToken cancellationToken = default)
    {
        const string endpoint = "/v1/settings/common/market-symbols";
        var response = await rest.GetAsync(endpoint, 1, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<MarketInfo>>(Exchange, endpoint, response, root =>
            [.. Array(Prop(root, "data", string.Empty), "data").EnumerateArray().Select((s, i) => HtxParser.Market(s, $"data[{i}]"))]);
    }

    public async Task<ExchangeResult<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/market/history/kline";
        var period = HtxParser.Period(timeframe);
        if (period.Length == 0)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "timeframe", $"timeframe {timeframe} is not offered by HTX", endpoint);
        }

        var now = time.GetUtcNow();
        var collector = new CandleCollector(timeframe, since, until ?? now, now);
        var native = symbol.ToNative(Exchange);
        var bars = (int)Math.Clamp(Math.Ceiling((now - collector.Since) / timeframe.Duration) + 1, 1, KlineLimit);
        var response = await rest.GetAsync($"{endpoint}?symbol={native}&period={period}&size={bars.ToString(CultureInfo.InvariantCulture)}", 1,
            cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Candle>>(Exchange, endpoint, response, root =>
        {
            HtxParser.CheckChannel(root, native);
            var i = 0;
            foreach (var row in Array(Prop(root, "data", string.Empty), "data").EnumerateArray())
            {
                var (open, o, h, l, c, v) = HtxParser.Kline(row, $"data[{i++}]");
                collector.Add(open, o, h, l, c, v);
            }

            return collector.ToList();
        });
    }

    public async Task<ExchangeResult<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/market/detail/merged";
        var native = symbol.ToNative(Exchange);
        var response = await rest.GetAsync($"{endpoint}?symbol={native}", 1, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run(Exchange, endpoint, response, root =>
        {
            HtxParser.CheckChannel(root, native);
            return HtxParser.MergedTicker(symbol, Prop(root, "tick", string.Empty), "tick", DateTimeOffset.FromUnixTimeMilliseconds(Long(root, "ts", string.Empty)));
        });
    }

    public async Task<ExchangeResult<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken = default)
    {
        const string endpoint = "/market/tickers";
        var response = await rest.GetAsync(endpoint, 1, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Ticker>>(Exchange, endpoint, response, root =>
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(Long(root, "ts", string.Empty));
            var list = new List<Ticker>();
            var i = 0;
            foreach (var t in Array(Prop(root, "data", string.Empty), "data").EnumerateArray())
            {
                var path = $"data[{i++}]";
                if (SafeFromNative(String(t, "symbol", path)) is { } s)
                {
                    list.Add(HtxParser.ListTicker(s, t, path, at));
                }
            }

            return list;
        });
    }

    public async Task<ExchangeResult<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/market/depth";
        var native = symbol.ToNative(Exchange);
        var query = depth <= 20 ? $"&depth={(depth <= 5 ? 5 : depth <= 10 ? 10 : 20)}" : string.Empty;
        var response = await rest.GetAsync($"{endpoint}?symbol={native}&type=step0{query}", 1, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run(Exchange, endpoint, response, root =>
        {
            HtxParser.CheckChannel(root, native);
            var tick = Prop(root, "tick", string.Empty);
            return OrderBook.Create(Exchange, symbol, DateTimeOffset.FromUnixTimeMilliseconds(Long(tick, "ts", "tick")),
                HtxParser.Levels(Prop(tick, "bids", "tick"), "tick.bids", depth),
                HtxParser.Levels(Prop(tick, "asks", "tick"), "tick.asks", depth),
                Long(tick, "version", "tick"));
        });
    }

    public async Task<ExchangeResult<IReadOnlyList<Trade>>> GetRecentTradesAsync(Symbol symbol, int limit, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/market/history/trade";
        var native = symbol.ToNative(Exchange);
        var response = await rest.GetAsync($"{endpoint}?symbol={native}&size={Math.Clamp(limit, 1, 2000)}", 1, cancellationToken)
            .ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Trade>>(Exchange, endpoint, response, root =>
        {
            HtxParser.CheckChannel(root, native);
            var trades = new List<Trade>();
            var i = 0;
            foreach (var group in Array(Prop(root, "data", string.Empty), "data").EnumerateArray())
            {
                var j = 0;
                var gp = $"data[{i++}]";
                foreach (var t in Array(Prop(group, "data", gp), gp + ".data").EnumerateArray())
                {
                    trades.Add(HtxParser.Trade(t, $"{gp}.data[{j++}]"));
                }
            }

            return [.. trades.OrderBy(t => t.Time).TakeLast(limit)];
        });
    }

    private static Symbol? SafeFromNative(string native)
    {
        try
        {
            return Symbol.FromNative(Exchange.Htx, native);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return null;
        }
    }
}
