using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>Shadow mode's venue: the kernel decides as usual, every order is refused here so nothing is ever sent.</summary>
internal sealed class ShadowVenue(ExchangeProfile profile) : IExecutionVenue
{
    public ExchangeProfile Profile { get; } = profile;

    public int Refused { get; private set; }

    public VenueResult Submit(Order order, int symbolIndex, DateTimeOffset time)
    {
        Refused++;
        return VenueResult.Refused(ReasonCode.PaperOnly, "shadow mode: order recorded, not sent");
    }

    public VenueResult Cancel(Order order, DateTimeOffset time, string reason) => VenueResult.Refused(ReasonCode.InvalidOrder, "shadow mode: no working orders");

    public void Synchronize(BarCloseContext context, IVenueListener listener)
    {
    }
}
