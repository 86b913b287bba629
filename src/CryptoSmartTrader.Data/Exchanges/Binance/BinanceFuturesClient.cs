using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Exchanges.Http;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Binance;

/// <summary>
/// Binance USD-M futures public REST, paced by request weight like spot. Open-interest history is served for the last
/// 30 days only; older periods are simply absent (reported as gaps by the store, never invented).
/// </summary>
internal sealed class BinanceFuturesClient(RestTransport rest, TimeProvider time) : IDerivativesDataClient
{
    internal const int FundingLimit = 1000;
    internal const int OpenInterestLimit = 500;
    internal const int KlineLimit = 1500;

    public Exchange Exchange => Exchange.Binance;

    public async Task<ExchangeResult<IReadOnlyList<FundingRate>>> GetFundingHistoryAsync(Symbol symbol, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/fapi/v1/fundingRate";
        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var list = new List<FundingRate>();
        var start = range.Since;
        while (start < range.End)
        {
            var query = $"{endpoint}?symbol={native}&startTime={Ms(start)}&endTime={Ms(range.End.AddMilliseconds(-1))}&limit={FundingLimit}";
            var page = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false), root =>
                Array(root, string.Empty).EnumerateArray().Select((e, i) => BinanceFuturesParser.Funding(e, $"[{i}]", native)).ToList());
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            list.AddRange(page.Value.Where(f => range.Contains(f.FundingTime)));
            if (page.Value.Count < FundingLimit || page.Value[^1].FundingTime < start)
            {
                break;
            }

            start = page.Value[^1].FundingTime.AddMilliseconds(1);
        }

        return DerivativesRange.Ascending(list, f => f.FundingTime);
    }

    public async Task<ExchangeResult<IReadOnlyList<OpenInterest>>> GetOpenInterestHistoryAsync(Symbol symbol, Timeframe period,
        DateTimeOffset since, DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/futures/data/openInterestHist";
        if (BinanceFuturesParser.OpenInterestPeriod(period) is not { } code)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "period",
                $"open-interest period {period} is not offered by Binance (5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h, 1d)", endpoint);
        }

        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var list = new List<OpenInterest>();
        // The venue filters on its own stamp (read as the period start); a value belongs to the window when its period end does.
        var start = range.Since - period.Duration + TimeSpan.FromMilliseconds(1);
        var end = range.End - period.Duration;
        while (start <= end)
        {
            var query = $"{endpoint}?symbol={native}&period={code}&startTime={Ms(start)}&endTime={Ms(end)}&limit={OpenInterestLimit}";
            var page = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false), root =>
                Array(root, string.Empty).EnumerateArray().Select((e, i) => BinanceFuturesParser.OpenInterest(e, $"[{i}]", native, period)).ToList());
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            list.AddRange(page.Value.Where(o => range.HoldsPeriodEnd(o.Time)));
            if (page.Value.Count < OpenInterestLimit || page.Value[^1].Time - period.Duration < start)
            {
                break;
            }

            start = page.Value[^1].Time - period.Duration + TimeSpan.FromMilliseconds(1);
        }

        return DerivativesRange.Ascending(list, o => o.Time);
    }

    public async Task<ExchangeResult<IReadOnlyList<DerivativesBar>>> GetPriceBarsAsync(Symbol symbol, PriceBarKind kind, Timeframe timeframe,
        DateTimeOffset since, DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        var (endpoint, key) = kind switch
        {
            PriceBarKind.Mark => ("/fapi/v1/markPriceKlines", "symbol"),
            PriceBarKind.Index => ("/fapi/v1/indexPriceKlines", "pair"),
            _ => ("/fapi/v1/premiumIndexKlines", "symbol"),
        };
        if (!timeframe.IsFixed)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "timeframe", $"timeframe {timeframe} is not a fixed interval", endpoint);
        }

        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var list = new List<DerivativesBar>();
        var start = range.Since;
        while (start < range.End)
        {
            var query = $"{endpoint}?{key}={native}&interval={timeframe.Code}&startTime={Ms(start)}&endTime={Ms(range.End.AddMilliseconds(-1))}&limit={KlineLimit}";
            // Documented weight of 1500 rows is 10.
            var page = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 10, cancellationToken).ConfigureAwait(false), root =>
                Array(root, string.Empty).EnumerateArray().Select((r, i) => BinanceFuturesParser.Bar(r, $"[{i}]", timeframe)).ToList());
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            list.AddRange(page.Value.Where(b => range.HoldsBar(b.OpenTime, timeframe)));
            if (page.Value.Count < KlineLimit || page.Value[^1].OpenTime < start)
            {
                break;
            }

            start = page.Value[^1].CloseTime;
        }

        return DerivativesRange.Ascending(list, b => b.OpenTime);
    }

    public async Task<ExchangeResult<IReadOnlyList<BasisPoint>>> GetBasisHistoryAsync(Symbol symbol, Timeframe period, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/futures/data/basis";
        if (BinanceFuturesParser.OpenInterestPeriod(period) is not { } code)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "period",
                $"basis period {period} is not offered by Binance (5m, 15m, 30m, 1h, 2h, 4h, 6h, 12h, 1d)", endpoint);
        }

        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        // Same data-endpoint family as open-interest history: stamps read as period starts, 500 rows a page, last 30 days.
        var start = range.Since - period.Duration + TimeSpan.FromMilliseconds(1);
        var end = range.End - period.Duration;
        var list = new List<BasisPoint>();
        while (start <= end)
        {
            var query = $"{endpoint}?pair={native}&contractType=PERPETUAL&period={code}&startTime={Ms(start)}&endTime={Ms(end)}&limit={OpenInterestLimit}";
            var page = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false), root =>
                Array(root, string.Empty).EnumerateArray().Select((e, i) => BinanceFuturesParser.Basis(e, $"[{i}]", native, period)).ToList());
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            list.AddRange(page.Value.Where(b => range.HoldsPeriodEnd(b.Time)));
            if (page.Value.Count < OpenInterestLimit || page.Value[^1].Time - period.Duration < start)
            {
                break;
            }

            start = page.Value[^1].Time - period.Duration + TimeSpan.FromMilliseconds(1);
        }

        return DerivativesRange.Ascending(list, b => b.Time);
    }

    public async Task<ExchangeResult<DerivativesTicker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        const string premium = "/fapi/v1/premiumIndex";
        const string oi = "/fapi/v1/openInterest";
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var snapshot = ParseGuard.Run(Exchange, premium, await rest.GetAsync($"{premium}?symbol={native}", 1, cancellationToken).ConfigureAwait(false), root =>
        {
            BinanceParser.CheckSymbol(root, string.Empty, native);
            // Despite its name, lastFundingRate is the rate accruing for nextFundingTime, not a settled one.
            return new DerivativesTicker(native, DateTimeOffset.FromUnixTimeMilliseconds(Long(root, "time", string.Empty)),
                Decimal(root, "markPrice", string.Empty), Decimal(root, "indexPrice", string.Empty),
                Decimal(root, "lastFundingRate", string.Empty), null, null);
        });
        if (!snapshot.IsSuccess)
        {
            return snapshot;
        }

        var open = ParseGuard.Run(Exchange, oi, await rest.GetAsync($"{oi}?symbol={native}", 1, cancellationToken).ConfigureAwait(false), root =>
        {
            BinanceParser.CheckSymbol(root, string.Empty, native);
            return Decimal(root, "openInterest", string.Empty);
        });
        return open.IsSuccess ? snapshot.Value with { OpenInterest = open.Value } : open.Error;
    }

    private static string Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
