using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

/// <summary>The resolver's decisions on a scripted venue and a fast-forward clock (no real waiting).</summary>
public sealed class UnknownOutcomeResolverTests
{
    private static readonly OrderRequest Request = new("r-1", Exchange.Htx, new Symbol("BTC", "USDT"), OrderSide.Buy, OrderType.Limit, 1m, 10m);
    private static readonly ExchangeError Timeout = new(Exchange.Htx, ExchangeErrorKind.Timeout, "timeout", "no response");

    [Fact]
    public async Task Long_window_waits_for_it_to_close_before_declaring_not_placed()
    {
        var time = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch) { FastForwardLimit = TimeSpan.FromHours(1) };
        var venue = new ScriptedVenue(time, TimeSpan.FromMinutes(5), foundOnQuery: null);
        var resolver = new UnknownOutcomeResolver(venue, new UnknownOutcomeOptions { MaxQueries = 3, QueryInterval = TimeSpan.FromSeconds(1) }, time,
            NullLogger.Instance);

        var p = await resolver.ResolveAsync(Request, time.GetUtcNow(), Timeout, CancellationToken.None);

        Assert.Equal((PlacementState.NotPlaced, 3), (p.State, p.Queries));
        Assert.True(venue.LastQueryAt > DateTimeOffset.UnixEpoch + TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Order_appearing_on_a_later_query_is_placed()
    {
        var time = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        var venue = new ScriptedVenue(time, TimeSpan.FromSeconds(5), foundOnQuery: 2);
        var resolver = new UnknownOutcomeResolver(venue, new UnknownOutcomeOptions(), time, NullLogger.Instance);

        var p = await resolver.ResolveAsync(Request, time.GetUtcNow(), Timeout, CancellationToken.None);

        Assert.Equal((PlacementState.Placed, 2, true), (p.State, p.Queries, p.ResolvedByQuery));
    }

    [Theory]
    [InlineData(ExchangeErrorKind.Timeout, "timeout", true)]
    [InlineData(ExchangeErrorKind.Network, "network", true)]
    [InlineData(ExchangeErrorKind.Http, "502", true)]
    [InlineData(ExchangeErrorKind.Http, "400", false)]
    [InlineData(ExchangeErrorKind.CircuitOpen, "circuit-open", false)]
    [InlineData(ExchangeErrorKind.InsufficientFunds, "-2010", false)]
    public void Only_lost_responses_are_unknown_outcomes(ExchangeErrorKind kind, string code, bool unknown) =>
        Assert.Equal(unknown, UnknownOutcomeResolver.IsUnknownOutcome(new ExchangeError(Exchange.Htx, kind, code, "x")));

    private sealed class ScriptedVenue(TimeProvider time, TimeSpan window, int? foundOnQuery) : IVenueAccount
    {
        private int _queries;

        public DateTimeOffset LastQueryAt { get; private set; }

        public Exchange Exchange => Exchange.Htx;

        public TimeSpan AcceptanceWindow => window;

        public Task<ExchangeResult<OrderSnapshot>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
        {
            LastQueryAt = time.GetUtcNow();
            ExchangeResult<OrderSnapshot> r = ++_queries == foundOnQuery
                ? new OrderSnapshot(Exchange, symbol, clientOrderId, "1", OrderSide.Buy, OrderType.Limit, OrderStatus.New, 1m, 0m, 10m, null, null)
                : new ExchangeError(Exchange, ExchangeErrorKind.UnknownOrder, "base-record-invalid", "record invalid");
            return Task.FromResult(r);
        }

        public Task<ExchangeResult<IReadOnlyList<AssetBalance>>> GetBalancesAsync(CancellationToken c) => throw new NotSupportedException();
        public Task<ExchangeResult<OrderSnapshot>> SubmitOrderAsync(OrderRequest r, DateTimeOffset s, CancellationToken c) => throw new NotSupportedException();
        public Task<ExchangeResult<OrderSnapshot>> CancelOrderAsync(Symbol s, string id, CancellationToken c) => throw new NotSupportedException();
        public Task<ExchangeResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? s, CancellationToken c) => throw new NotSupportedException();
        public Task<ExchangeResult<IReadOnlyList<AccountTrade>>> GetTradesAsync(Symbol s, DateTimeOffset t, CancellationToken c) => throw new NotSupportedException();
        public Task<ExchangeResult<KeyPermissions>> GetKeyPermissionsAsync(CancellationToken c) => throw new NotSupportedException();
    }
}
