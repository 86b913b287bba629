using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>
/// The venue of backtest and paper mode: matches working orders against each closed bar with the venue's fees, a
/// spread, a slippage model, latency, a participation cap and an intra-bar path (docs/assumptions.md). Fills are
/// stamped with the close time of the bar they happened in, the moment the kernel learns of them.
/// </summary>
public sealed partial class SimulatedVenue : IExecutionVenue
{
    private readonly SimulatedVenueOptions _options;
    private readonly TradingUniverse _universe;
    private readonly List<WorkingOrder>[] _working;
    private readonly OrderBook?[] _books;
    private readonly ExchangeRules[] _rules;
    private readonly long _latencyMs;
    private long _sequence;

    public SimulatedVenue(ExchangeProfile profile, TradingUniverse universe, SimulatedVenueOptions? options = null)
    {
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
        _universe = universe ?? throw new ArgumentNullException(nameof(universe));
        _options = options ?? new SimulatedVenueOptions();
        _options.Validate();
        _latencyMs = (long)_options.Latency.TotalMilliseconds;
        _working = new List<WorkingOrder>[universe.Count];
        for (var i = 0; i < _working.Length; i++) _working[i] = [];
        _books = new OrderBook?[universe.Count];
        // The profile is immutable: the rules of each symbol are looked up once, not per fill (a Symbol-keyed lookup
        // hashes both asset codes).
        _rules = new ExchangeRules[universe.Count];
        for (var i = 0; i < _rules.Length; i++) _rules[i] = profile.RulesFor(universe.SymbolOf(i));
    }

    public ExchangeProfile Profile { get; }

    public SimulatedVenueOptions Options => _options;

    public int WorkingCount(int symbolIndex) => _working[symbolIndex].Count;

    public VenueResult Submit(Order order, int symbolIndex, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(order);
        if ((uint)symbolIndex >= (uint)_working.Length || _universe.SymbolOf(symbolIndex) != order.Request.Symbol)
        {
            return VenueResult.Refused(ReasonCode.VenueRejected, $"venue: {order.Request.Symbol} is not symbol index {symbolIndex}");
        }

        if (order.IsTerminal || order.FilledQuantity > 0) return VenueResult.Refused(ReasonCode.VenueRejected, $"venue: order {order.ClientOrderId} is not new");
        var ack = order.Acknowledge(IdText.Join("sim", "-", ++_sequence), time);
        if (!ack.Applied) return VenueResult.Refused(ReasonCode.VenueRejected, ack.Error ?? "venue: acknowledge refused");
        _working[symbolIndex].Add(new WorkingOrder(order, symbolIndex, time.ToUnixTimeMilliseconds() + _latencyMs, _books[symbolIndex]));
        return VenueResult.Ok;
    }

    public VenueResult Cancel(Order order, DateTimeOffset time, string reason)
    {
        ArgumentNullException.ThrowIfNull(order);
        foreach (var list in _working)
        {
            for (var k = 0; k < list.Count; k++)
            {
                if (!ReferenceEquals(list[k].Order, order)) continue;
                list.RemoveAt(k);
                var t = order.Cancel(time, reason);
                return t.Applied ? new VenueResult(true, ReasonCode.Canceled) : VenueResult.Refused(ReasonCode.VenueRejected, t.Error ?? "cancel refused");
            }
        }

        return VenueResult.Refused(ReasonCode.VenueRejected, $"venue: order {order.ClientOrderId} is not working");
    }

    public void Synchronize(BarCloseContext context, IVenueListener listener)
    {
        for (var i = 0; i < _working.Length; i++)
        {
            if (!context.HasBar(i)) continue;
            if (_working[i].Count > 0) Match(i, context.BarOf(i), listener);
            var book = context.OrderBookOf(i);
            if (book is not null || _books[i] is not null) _books[i] = book; // no reference store (write barrier) per bar without books
        }
    }
}
