using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Paging;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Kraken;

/// <summary>Kraken spot public REST (<c>/0/public/*</c>). OHLC beyond its 720-bar window is rebuilt from trades.</summary>
internal sealed class KrakenClient(RestTransport rest, TimeProvider time) : IMarketDataClient
{
    internal const int OhlcWindow = 720;
    private const int TradePage = 1000;

    public Exchange Exchange => Exchange.Kraken;

    public async Task<ExchangeResult<IReadOnlyList<MarketInfo>>> GetMarketsAsync(CancellationToken cancellationToken = default)
    {
        const string endpoint = "/0/public/AssetPairs";
        var response = await rest.GetAsync(endpoint, 1, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<MarketInfo>>(Exchange, endpoint, response,
            root => [.. KrakenParser.Entries(root).Select(e => KrakenParser.Market(e.Key, e.Value))]);
    }

    public async Task<ExchangeResult<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/0/public/OHLC";
        var interval = KrakenParser.Interval(timeframe);
        if (interval.Length == 0)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "timeframe",
                $"timeframe {timeframe} is not offered by Kraken OHLC (1m, 5m, 15m, 30m, 1h, 4h, 1d)", endpoint);
        }

        var now = time.GetUtcNow();
        var collector = new CandleCollector(timeframe, timeframe.Floor(since) < since ? timeframe.CloseOf(timeframe.Floor(since)) : since,
            until ?? now, now);
        var pair = symbol.ToNative(Exchange);
        var query = $"{endpoint}?pair={pair}&interval={interval}&since={KrakenParser.Inv(collector.Since.ToUnixTimeSeconds() - 1)}";
        var response = await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false);
        var ohlc = new CandleCollector(timeframe, collector.Since, collector.Until, now);
        var parsed = ParseGuard.Run(Exchange, endpoint, response, root =>
        {
            var (data, _) = KrakenParser.PairEntry(root, symbol);
            var i = 0;
            foreach (var row in Array(data, $"result.{pair}").EnumerateArray())
            {
                var (open, o, h, l, c, v) = KrakenParser.Ohlc(row, $"result.{pair}[{i++}]");
                ohlc.Add(open, o, h, l, c, v);
            }

            return true;
        });
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        // OHLC only reaches back 720 bars from now; older history is rebuilt from the trade tape.
        var ohlcReach = timeframe.Floor(now) - (timeframe.Duration * OhlcWindow);
        var backfillEnd = ohlc.FirstOpen ?? collector.Until;
        if (collector.Since < ohlcReach && collector.Since < backfillEnd)
        {
            var backfill = await BackfillFromTradesAsync(symbol, timeframe, collector, backfillEnd, cancellationToken).ConfigureAwait(false);
            if (!backfill.IsSuccess)
            {
                return backfill.Error;
            }
        }

        foreach (var c in ohlc.ToList())
        {
            collector.Add(c.OpenTime, c.Open, c.High, c.Low, c.Close, c.Volume);
        }

        return ExchangeResult<IReadOnlyList<Candle>>.Ok(collector.ToList());
    }

    private async Task<ExchangeResult<bool>> BackfillFromTradesAsync(Symbol symbol, Timeframe timeframe, CandleCollector collector,
        DateTimeOffset end, CancellationToken cancellationToken)
    {
        const string endpoint = "/0/public/Trades";
        var builder = new TradeCandleBuilder(timeframe);
        var pair = symbol.ToNative(Exchange);
        var cursor = KrakenParser.Inv(collector.Since.ToUnixTimeSeconds());
        while (true)
        {
            var response = await rest.GetAsync($"{endpoint}?pair={pair}&since={cursor}&count={TradePage}", 1, cancellationToken).ConfigureAwait(false);
            var page = ParseGuard.Run(Exchange, endpoint, response, root =>
            {
                var (data, last) = KrakenParser.PairEntry(root, symbol);
                var trades = Array(data, $"result.{pair}").EnumerateArray().Select((r, i) => KrakenParser.Trade(r, $"result.{pair}[{i}]")).ToList();
                var next = last is { } l ? Id(l, "result.last") : throw new Json.PayloadException("result.last: missing field");
                foreach (var t in trades.Where(t => t.Time >= collector.Since && t.Time < end))
                {
                    builder.Add(t);
                }

                return (Count: trades.Count, Next: next, Reached: trades.Count > 0 && trades[^1].Time >= end);
            });
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            var (count, next, reached) = page.Value;
            if (count == 0 || reached || next == cursor)
            {
                break;
            }

            cursor = next;
        }

        try
        {
            builder.CopyTo(collector, end);
        }
        catch (ArgumentException ex)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Invalid, "invalid", ex.Message, endpoint);
        }

        return true;
    }

    public async Task<ExchangeResult<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/0/public/Ticker";
        var response = await rest.GetAsync($"{endpoint}?pair={symbol.ToNative(Exchange)}", 1, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run(Exchange, endpoint, response, root =>
            KrakenParser.Ticker(symbol, KrakenParser.PairEntry(root, symbol).Data, "result", time.GetUtcNow()));
    }

    public async Task<ExchangeResult<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken = default)
    {
        const string endpoint = "/0/public/Ticker";
        var response = await rest.GetAsync(endpoint, 1, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Ticker>>(Exchange, endpoint, response, root =>
        [
            .. KrakenParser.Entries(root)
                .Select(e => (Symbol: KrakenParser.SafeFromNative(e.Key), e.Key, e.Value))
                .Where(e => e.Symbol is not null)
                .Select(e => KrakenParser.Ticker(e.Symbol!.Value, e.Value, $"result.{e.Key}", time.GetUtcNow())),
        ]);
    }

    public async Task<ExchangeResult<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/0/public/Depth";
        var response = await rest.GetAsync($"{endpoint}?pair={symbol.ToNative(Exchange)}&count={depth.ToString(CultureInfo.InvariantCulture)}", 1,
            cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run(Exchange, endpoint, response, root =>
        {
            var data = KrakenParser.PairEntry(root, symbol).Data;
            return OrderBook.Create(Exchange, symbol, time.GetUtcNow(),
                KrakenParser.Levels(Prop(data, "bids", "result"), "result.bids", depth),
                KrakenParser.Levels(Prop(data, "asks", "result"), "result.asks", depth));
        });
    }

    public async Task<ExchangeResult<IReadOnlyList<Trade>>> GetRecentTradesAsync(Symbol symbol, int limit, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/0/public/Trades";
        var pair = symbol.ToNative(Exchange);
        var response = await rest.GetAsync($"{endpoint}?pair={pair}&count={limit.ToString(CultureInfo.InvariantCulture)}", 1, cancellationToken)
            .ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<Trade>>(Exchange, endpoint, response, root =>
        [
            .. Array(KrakenParser.PairEntry(root, symbol).Data, $"result.{pair}").EnumerateArray()
                .Select((r, i) => KrakenParser.Trade(r, $"result.{pair}[{i}]")).OrderBy(t => t.Time).TakeLast(limit),
        ]);
    }
}
