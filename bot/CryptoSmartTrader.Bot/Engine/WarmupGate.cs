using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// Stands in front of the session's venue: while the kernel warms up on past bars (live data), every order is refused
/// here, before the store or the exchange sees it, so history never trades. Otherwise it only passes calls through.
/// </summary>
internal sealed class WarmupGate(IExecutionVenue inner, Func<bool> warmingUp) : IExecutionVenue
{
    public ExchangeProfile Profile => inner.Profile;

    public VenueResult Submit(Order order, int symbolIndex, DateTimeOffset time) =>
        warmingUp() ? VenueResult.Refused(ReasonCode.PaperOnly, "warm-up on past bars: no order is sent") : inner.Submit(order, symbolIndex, time);

    public VenueResult Cancel(Order order, DateTimeOffset time, string reason) => inner.Cancel(order, time, reason);

    public void Synchronize(BarCloseContext context, IVenueListener listener) => inner.Synchronize(context, listener);
}
