using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Exchanges.Http;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Htx;

/// <summary>
/// HTX USDT-margined swap public REST. Funding history pages newest first; open interest (latest 200 periods) and the
/// index-market klines (latest 2000 bars) have no start time, so older history is unreachable and stays a reported gap.
/// </summary>
internal sealed class HtxSwapClient(RestTransport rest, TimeProvider time) : IDerivativesDataClient
{
    internal const int FundingPageSize = 50;
    internal const int OpenInterestLimit = 200;
    internal const int KlineLimit = 2000;

    public Exchange Exchange => Exchange.Htx;

    public async Task<ExchangeResult<IReadOnlyList<FundingRate>>> GetFundingHistoryAsync(Symbol symbol, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/linear-swap-api/v1/swap_historical_funding_rate";
        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var list = new List<FundingRate>();
        for (var pageIndex = 1; ; pageIndex++)
        {
            var query = $"{endpoint}?contract_code={native}&page_index={pageIndex.ToString(CultureInfo.InvariantCulture)}&page_size={FundingPageSize}";
            var page = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false), root =>
            {
                var data = Prop(root, "data", string.Empty);
                var rows = Array(Prop(data, "data", "data"), "data.data").EnumerateArray()
                    .Select((e, i) => HtxSwapParser.Funding(e, $"data.data[{i}]", native)).ToList();
                return (Rows: rows, TotalPages: Long(data, "total_page", "data"));
            });
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            list.AddRange(page.Value.Rows.Where(f => range.Contains(f.FundingTime)));
            // Newest first: once a page reaches back past the window start, older pages cannot hold anything wanted.
            if (page.Value.Rows.Count == 0 || pageIndex >= page.Value.TotalPages || page.Value.Rows.Min(f => f.FundingTime) < range.Since)
            {
                break;
            }
        }

        return DerivativesRange.Ascending(list, f => f.FundingTime);
    }

    public async Task<ExchangeResult<IReadOnlyList<OpenInterest>>> GetOpenInterestHistoryAsync(Symbol symbol, Timeframe period,
        DateTimeOffset since, DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/linear-swap-api/v1/swap_his_open_interest";
        var code = HtxSwapParser.OpenInterestPeriod(period);
        if (code.Length == 0)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "period", $"open-interest period {period} is not offered by HTX (1h, 4h, 12h, 1d)", endpoint);
        }

        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var query = $"{endpoint}?contract_code={native}&period={code}&amount_type=1&size={OpenInterestLimit}";
        var result = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false), root =>
        {
            var data = Prop(root, "data", string.Empty);
            HtxSwapParser.CheckContract(data, "data", native);
            return Array(Prop(data, "tick", "data"), "data.tick").EnumerateArray()
                .Select((e, i) => HtxSwapParser.OpenInterest(e, $"data.tick[{i}]", period)).ToList();
        });
        return result.IsSuccess ? DerivativesRange.Ascending(result.Value.Where(o => range.HoldsPeriodEnd(o.Time)), o => o.Time)
            : result.Error;
    }

    public async Task<ExchangeResult<IReadOnlyList<DerivativesBar>>> GetPriceBarsAsync(Symbol symbol, PriceBarKind kind, Timeframe timeframe,
        DateTimeOffset since, DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        var endpoint = kind switch
        {
            PriceBarKind.Mark => "/index/market/history/linear_swap_mark_price_kline",
            PriceBarKind.Premium => "/index/market/history/linear_swap_premium_index_kline",
            _ => string.Empty,
        };
        if (endpoint.Length == 0)
        {
            return DerivativesClients.Unsupported(Exchange, "index-price klines for swaps", "/index/market/history");
        }

        var period = HtxSwapParser.Period(timeframe);
        if (period.Length == 0)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "timeframe", $"timeframe {timeframe} is not offered by HTX", endpoint);
        }

        var now = time.GetUtcNow();
        var range = DerivativesRange.Of(since, until, now);
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var bars = (int)Math.Clamp(Math.Ceiling((now - range.Since) / timeframe.Duration) + 1, 1, KlineLimit);
        var query = $"{endpoint}?contract_code={native}&period={period}&size={bars.ToString(CultureInfo.InvariantCulture)}";
        var result = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false), root =>
        {
            HtxParser.CheckChannel(root, native);
            return Array(Prop(root, "data", string.Empty), "data").EnumerateArray()
                .Select((e, i) => HtxSwapParser.Bar(e, $"data[{i}]", timeframe)).ToList();
        });
        return result.IsSuccess
            ? DerivativesRange.Ascending(result.Value.Where(b => range.HoldsBar(b.OpenTime, timeframe)), b => b.OpenTime)
            : result.Error;
    }

    public async Task<ExchangeResult<IReadOnlyList<BasisPoint>>> GetBasisHistoryAsync(Symbol symbol, Timeframe period, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/index/market/history/linear_swap_basis";
        var code = HtxSwapParser.Period(period);
        if (code.Length == 0)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "period", $"basis period {period} is not offered by HTX", endpoint);
        }

        var now = time.GetUtcNow();
        var range = DerivativesRange.Of(since, until, now);
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var size = (int)Math.Clamp(Math.Ceiling((now - range.Since) / period.Duration) + 1, 1, KlineLimit);
        // Close prices, so each value is the basis at its period end (the stamp it is stored under).
        var query = $"{endpoint}?contract_code={native}&period={code}&basis_price_type=close&size={size.ToString(CultureInfo.InvariantCulture)}";
        var result = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false), root =>
        {
            HtxParser.CheckChannel(root, native);
            return Array(Prop(root, "data", string.Empty), "data").EnumerateArray().Select((e, i) => HtxSwapParser.Basis(e, $"data[{i}]", period)).ToList();
        });
        return result.IsSuccess ? DerivativesRange.Ascending(result.Value.Where(b => range.HoldsPeriodEnd(b.Time)), b => b.Time) : result.Error;
    }

    public async Task<ExchangeResult<DerivativesTicker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        const string funding = "/linear-swap-api/v1/swap_funding_rate";
        const string oi = "/linear-swap-api/v1/swap_open_interest";
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var snapshot = ParseGuard.Run(Exchange, funding, await rest.GetAsync($"{funding}?contract_code={native}", 1, cancellationToken).ConfigureAwait(false), root =>
        {
            var data = Prop(root, "data", string.Empty);
            HtxSwapParser.CheckContract(data, "data", native);
            // funding_rate is the rate being accrued for the coming funding_time: an estimate, not a settlement.
            return new DerivativesTicker(native, DateTimeOffset.FromUnixTimeMilliseconds(Long(root, "ts", string.Empty)), null, null,
                Decimal(data, "funding_rate", "data"), null, null);
        });
        if (!snapshot.IsSuccess)
        {
            return snapshot;
        }

        var open = ParseGuard.Run(Exchange, oi, await rest.GetAsync($"{oi}?contract_code={native}", 1, cancellationToken).ConfigureAwait(false), root =>
        {
            var rows = Array(Prop(root, "data", string.Empty), "data").EnumerateArray().ToList();
            var i = rows.FindIndex(r => r.ValueKind == System.Text.Json.JsonValueKind.Object && OptionalProp(r, "contract_code")?.GetString() == native);
            return i >= 0 ? Decimal(rows[i], "volume", $"data[{i}]") : throw new Json.PayloadException($"data: no entry for contract_code {native}");
        });
        return open.IsSuccess ? snapshot.Value with { OpenInterest = open.Value } : open.Error;
    }
}
