using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.KuCoin;

/// <summary>
/// KuCoin futures public REST. It publishes funding history and a current contract snapshot (mark, index, funding, open
/// interest) but no open-interest or mark-price history, which therefore come back as Unsupported.
/// </summary>
internal sealed class KuCoinFuturesClient(RestTransport rest, TimeProvider time) : IDerivativesDataClient
{
    // The funding-history endpoint caps a page; a guard against a venue that keeps answering with the same page.
    private const int MaxPages = 1000;

    public Exchange Exchange => Exchange.KuCoin;

    public async Task<ExchangeResult<IReadOnlyList<FundingRate>>> GetFundingHistoryAsync(Symbol symbol, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default)
    {
        const string endpoint = "/api/v1/contract/funding-rates";
        var range = DerivativesRange.Of(since, until, time.GetUtcNow());
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var list = new List<FundingRate>();
        var from = range.Since;
        for (var pages = 0; from < range.End && pages < MaxPages; pages++)
        {
            var query = $"{endpoint}?symbol={native}&from={Ms(from)}&to={Ms(range.End.AddMilliseconds(-1))}";
            var page = ParseGuard.Run(Exchange, endpoint, await rest.GetAsync(query, 5, cancellationToken).ConfigureAwait(false), root =>
                Array(KuCoinParser.Data(root), "data").EnumerateArray().Select((e, i) => Funding(e, $"data[{i}]", native)).ToList());
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            list.AddRange(page.Value.Where(f => range.Contains(f.FundingTime)));
            var newest = page.Value.Count == 0 ? (DateTimeOffset?)null : page.Value.Max(f => f.FundingTime);
            if (newest is not { } n || n < from)
            {
                break;
            }

            from = n.AddMilliseconds(1);
        }

        return DerivativesRange.Ascending(list, f => f.FundingTime);
    }

    public Task<ExchangeResult<IReadOnlyList<BasisPoint>>> GetBasisHistoryAsync(Symbol symbol, Timeframe period, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<ExchangeResult<IReadOnlyList<BasisPoint>>>(DerivativesClients.Unsupported(Exchange, "basis history", "/api/v1/contracts"));

    public Task<ExchangeResult<IReadOnlyList<OpenInterest>>> GetOpenInterestHistoryAsync(Symbol symbol, Timeframe period, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<ExchangeResult<IReadOnlyList<OpenInterest>>>(DerivativesClients.Unsupported(Exchange, "open-interest history", "/api/v1/contracts"));

    public Task<ExchangeResult<IReadOnlyList<DerivativesBar>>> GetPriceBarsAsync(Symbol symbol, PriceBarKind kind, Timeframe timeframe,
        DateTimeOffset since, DateTimeOffset? until = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<ExchangeResult<IReadOnlyList<DerivativesBar>>>(DerivativesClients.Unsupported(Exchange, $"{kind} price klines", "/api/v1/mark-price"));

    public async Task<ExchangeResult<DerivativesTicker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default)
    {
        var native = PerpetualIds.ToNative(Exchange, symbol);
        var endpoint = $"/api/v1/contracts/{native}";
        var response = await rest.GetAsync(endpoint, 3, cancellationToken).ConfigureAwait(false);
        // The contract snapshot carries no timestamp of its own: it is stamped when it was received.
        var received = time.GetUtcNow();
        return ParseGuard.Run(Exchange, "/api/v1/contracts", response, root =>
        {
            var data = Object(KuCoinParser.Data(root), "data");
            var actual = String(data, "symbol", "data");
            if (actual != native)
            {
                throw new PayloadException($"data.symbol: expected {native}, got '{actual}'");
            }

            return new DerivativesTicker(native, received,
                DerivativesParsing.OptionalDecimal(data, "markPrice", "data"), DerivativesParsing.OptionalDecimal(data, "indexPrice", "data"),
                DerivativesParsing.OptionalDecimal(data, "fundingFeeRate", "data"), DerivativesParsing.OptionalDecimal(data, "predictedFundingFeeRate", "data"),
                DerivativesParsing.OptionalDecimal(data, "openInterest", "data"));
        });
    }

    /// <summary>Funding-history row; note the venue spells the stamp <c>timepoint</c> here (<c>timePoint</c> elsewhere).</summary>
    private static FundingRate Funding(System.Text.Json.JsonElement e, string path, string native)
    {
        var actual = String(e, "symbol", path);
        if (actual != native)
        {
            throw new PayloadException($"{path}.symbol: expected {native}, got '{actual}'");
        }

        return new FundingRate(DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "timepoint", path)), Decimal(e, "fundingRate", path));
    }

    private static string Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
}
