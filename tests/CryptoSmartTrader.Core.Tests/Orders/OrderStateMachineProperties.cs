using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using FsCheck;
using FsCheck.Fluent;

namespace CryptoSmartTrader.Core.Tests.Orders;

public sealed class OrderStateMachineProperties
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // 0 = fill, 1 = cancel, 2 = reject, 3 = expire, 4 = acknowledge
    private static readonly Gen<(int Op, int Qty)> OpGen = Gen.Choose(0, 4).SelectMany(op => Gen.Choose(1, 40), (op, q) => (op, q));

    [Fact]
    public void A_terminal_order_never_changes_again()
    {
        Prop.ForAll(Gen.ListOf(OpGen).ToArbitrary(), ops =>
        {
            var order = new Order(new OrderRequest("c1", Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, 100m), T);
            OrderStatus? terminal = null;
            decimal filledAtTerminal = 0m;
            var n = 0;
            foreach (var (op, qty) in ops)
            {
                n++;
                var result = op switch
                {
                    0 => order.ApplyFill(new Fill("c1", Btc, OrderSide.Buy, qty, 100m, 0m, "USDT", T, tradeId: $"t{n}")),
                    1 => order.Cancel(T),
                    2 => order.Reject(T, "venue said no"),
                    3 => order.Expire(T),
                    _ => order.Acknowledge("v1", T),
                };

                if (terminal is not null && (result.Applied || order.Status != terminal || order.FilledQuantity != filledAtTerminal))
                {
                    return false;
                }

                if (order.IsTerminal && terminal is null)
                {
                    terminal = order.Status;
                    filledAtTerminal = order.FilledQuantity;
                }

                if (order.FilledQuantity > order.Request.Quantity)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
