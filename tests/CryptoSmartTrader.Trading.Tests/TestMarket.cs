using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Tests;

/// <summary>Shared fixtures: a one- or multi-symbol universe on Binance 1h, bars by hand, and a listener that records venue events.</summary>
internal static class TestMarket
{
    public static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly Symbol Btc = new("BTC", "USDT");
    public const long HourMs = 3_600_000;

    public static TradingUniverse Universe(int symbols = 1)
    {
        var u = new TradingUniverse();
        u.Add(Exchange.Binance, Btc, Timeframe.H1);
        for (var i = 1; i < symbols; i++) u.Add(Exchange.Binance, new Symbol("C" + i, "USDT"), Timeframe.H1);
        return u;
    }

    /// <summary>The bar that opens <paramref name="index"/> hours after <see cref="T0"/>.</summary>
    public static Bar Bar(int index, double open, double high, double low, double close, double volume = 1000)
    {
        var openMs = T0.ToUnixTimeMilliseconds() + index * HourMs;
        return new Bar(openMs, openMs + HourMs, open, high, low, close, volume);
    }

    public static DateTimeOffset CloseOf(int index) => T0.AddHours(index + 1);

    public static BarCloseContext Context(TradingUniverse universe, int index, params Bar[] bars)
    {
        var ctx = new BarCloseContext(universe);
        ctx.Reset(CloseOf(index));
        for (var i = 0; i < bars.Length; i++) ctx.SetBar(i, bars[i]);
        return ctx;
    }

    public static Order Order(OrderType type, OrderSide side, decimal qty, decimal? limit = null, decimal? stop = null,
        TimeInForce tif = TimeInForce.Gtc, bool postOnly = false, string id = "t-1") =>
        new(new OrderRequest(id, Exchange.Binance, Btc, side, type, qty, limit, stop, tif, postOnly), T0);
}

internal sealed class RecordingListener : IVenueListener
{
    public List<FillEvent> Fills { get; } = [];
    public List<(Order Order, ReasonCode Reason)> Closed { get; } = [];

    public void OnFill(Order order, in FillEvent fill) => Fills.Add(fill);

    public void OnOrderClosed(Order order, int symbolIndex, ReasonCode reason) => Closed.Add((order, reason));
}
