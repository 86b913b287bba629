using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>The kernel's side of a venue, reduced to a record of what the venue reported.</summary>
internal sealed class RecordingListener : IVenueListener
{
    public List<FillEvent> Fills { get; } = [];
    public List<(string ClientOrderId, ReasonCode Reason)> Closed { get; } = [];

    public void OnFill(Order order, in FillEvent fill) => Fills.Add(fill);

    public void OnOrderClosed(Order order, int symbolIndex, ReasonCode reason) => Closed.Add((order.ClientOrderId, reason));
}
