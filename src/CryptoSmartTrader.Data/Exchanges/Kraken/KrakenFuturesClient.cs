using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Kraken;

/// <summary>
/// Kraken Futures public REST: funding history (one response holds all of it), mark and index ("spot") bars from the
/// charts API, and the tickers list. The tickers' <c>fundingRate</c> is absolute (per contract), not a fraction of
/// notional, so it is not reported as one; the relative rates come from the funding history.
/// </summary>
internal sealed class KrakenFuturesClient(RestTransport rest, TimeProvider time) : IDerivativesDataClient
{
    private const int MaxPages = 1000;

    public Exchange Exchange => Exchange.Kraken;

    public async Task<ExchangeResult<IReadOnlyList<FundingRate>>> GetFundingHistoryAsync(Symbol symbol, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/derivatives/api/v4/historicalfundingrates";
        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var result = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync($"{endpoint}?symbol={native}", 1, cancellationToken).ConfigureAwait(false),
            root => Array(Prop(root, "rates", string.Empty), "rates").EnumerateArray().Select((e, i) =>
                new FundingRate(KrakenFuturesParser.Time(e, "timestamp", $"rates[{i}]"), Decimal(e, "relativeFundingRate", $"rates[{i}]"))).ToList());
        return result.IsSuccess
            ? DerivativesRange.Ascending(result.Value.Where(f => range.Contains(f.FundingTime)), f => f.FundingTime)
            : result.Error;
    }

    public Task<ExchangeResult<IReadOnlyList<BasisPoint>>> GetBasisHistoryAsync(Symbol symbol, Timeframe period, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<ExchangeResult<IReadOnlyList<BasisPoint>>>(DerivativesClients.Unsupported(Exchange, "basis history", "/derivatives/api/v3/tickers"));

    public Task<ExchangeResult<IReadOnlyList<OpenInterest>>> GetOpenInterestHistoryAsync(Symbol symbol, Timeframe period, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<ExchangeResult<IReadOnlyList<OpenInterest>>>(DerivativesClients.Unsupported(Exchange, "open-interest history", "/derivatives/api/v3/tickers"));

    public async Task<ExchangeResult<IReadOnlyList<DerivativesBar>>> GetPriceBarsAsync(Symbol symbol, PriceBarKind kind, Timeframe timeframe,
        DateTimeOffset since, DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/charts/v1";
        if (kind == PriceBarKind.Premium)
        {
            return DerivativesClients.Unsupported(Exchange, "premium-index klines", endpoint);
        }

        if (KrakenFuturesParser.Resolution(timeframe) is not { } resolution)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "timeframe", $"timeframe {timeframe} is not offered by Kraken Futures charts", endpoint);
        }

        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var tick = kind == PriceBarKind.Mark ? "mark" : "spot";
        var list = new List<DerivativesBar>();
        var from = range.Since;
        for (var pages = 0; from < range.End && pages < MaxPages; pages++)
        {
            var query = $"{endpoint}/{tick}/{native}/{resolution}?from={Seconds(from)}&to={Seconds(range.End)}";
            var page = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 1, cancellationToken).ConfigureAwait(false), root =>
            {
                var bars = Array(Prop(root, "candles", string.Empty), "candles").EnumerateArray().Select((e, i) =>
                {
                    var open = DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "time", $"candles[{i}]"));
                    return DerivativesParsing.Checked(new DerivativesBar(open, timeframe.CloseOf(open), Decimal(e, "open", $"candles[{i}]"),
                        Decimal(e, "high", $"candles[{i}]"), Decimal(e, "low", $"candles[{i}]"), Decimal(e, "close", $"candles[{i}]")), $"candles[{i}]");
                }).ToList();
                return (Bars: bars, More: OptionalProp(root, "more_candles") is { ValueKind: JsonValueKind.True });
            });
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            list.AddRange(page.Value.Bars.Where(b => range.HoldsBar(b.OpenTime, timeframe)));
            if (!page.Value.More || page.Value.Bars.Count == 0 || page.Value.Bars[^1].CloseTime <= from)
            {
                break;
            }

            from = page.Value.Bars[^1].CloseTime;
        }

        return DerivativesRange.Ascending(list, b => b.OpenTime);
    }

    public async Task<ExchangeResult<DerivativesTicker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/derivatives/api/v3/tickers";
        var native = PerpetualIds.ToNative(Exchange, symbol);
        return ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(endpoint, 1, cancellationToken).ConfigureAwait(false), root =>
        {
            var tickers = Array(Prop(root, "tickers", string.Empty), "tickers").EnumerateArray().ToList();
            // Index entries (in_xbtusd, rr_xbtusd) are lowercase and carry only last/lastTime; contracts are matched exactly.
            var i = tickers.FindIndex(t => t.ValueKind == JsonValueKind.Object && OptionalProp(t, "symbol")?.GetString() == native);
            if (i < 0)
            {
                throw new PayloadException($"tickers: no entry for {native}");
            }

            var t = tickers[i];
            var path = $"tickers[{i}]";
            return new DerivativesTicker(native, KrakenFuturesParser.Time(root, "serverTime", string.Empty),
                DerivativesParsing.OptionalDecimal(t, "markPrice", path), DerivativesParsing.OptionalDecimal(t, "indexPrice", path),
                null, null, DerivativesParsing.OptionalDecimal(t, "openInterest", path));
        });
    }

    private static string Seconds(DateTimeOffset t) => t.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
