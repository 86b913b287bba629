using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>Matching of working orders against one closed bar.</summary>
public sealed partial class SimulatedVenue
{
    private void Match(int i, in Bar bar, IVenueListener listener)
    {
        var list = _working[i];
        var capacity = _options.ParticipationRate * bar.Volume;
        Span<double> path = stackalloc double[4];
        BuildPath(bar, path);
        for (var k = 0; k < list.Count; k++)
        {
            var w = list[k];
            if (bar.OpenTimeMs < w.ActiveFromMs) continue;
            var closed = MatchOne(w, bar, path, ref capacity, listener);
            var order = w.Order;
            if (!closed && !order.IsTerminal && order.Request.TimeInForce != TimeInForce.Gtc)
            {
                order.Cancel(Time(bar), $"{order.Request.TimeInForce}: unfilled remainder cancelled");
                listener.OnOrderClosed(order, i, ReasonCode.Canceled);
            }

            if (order.IsTerminal)
            {
                list.RemoveAt(k);
                k--;
            }
        }
    }

    /// <summary>Returns true when the order was closed here (rejected or expired) and the listener already told.</summary>
    private bool MatchOne(WorkingOrder w, in Bar bar, ReadOnlySpan<double> path, ref double capacity, IVenueListener listener)
    {
        var order = w.Order;
        var req = order.Request;
        var buy = req.Side == OrderSide.Buy;
        var half = HalfSpread(w);
        var arriving = !w.Seen;
        w.Seen = true;
        double trigger;
        switch (req.Type)
        {
            case OrderType.Market:
                return Taker(w, bar, bar.Open, double.NaN, half, ref capacity, listener);

            case OrderType.Limit:
                return MatchLimit(w, bar, (double)req.LimitPrice!.Value, arriving, bar.Open, path, 0, half, ref capacity, listener);

            case OrderType.StopMarket:
                if (w.Triggered) return Taker(w, bar, bar.Open, double.NaN, half, ref capacity, listener);
                if (!TryTrigger(buy, (double)req.StopPrice!.Value, path, out trigger, out _)) return false;
                w.Triggered = true;
                return Taker(w, bar, trigger, double.NaN, half, ref capacity, listener);

            default: // StopLimit
                if (w.Triggered)
                {
                    return MatchLimit(w, bar, (double)req.LimitPrice!.Value, false, bar.Open, path, 0, half, ref capacity, listener);
                }

                if (!TryTrigger(buy, (double)req.StopPrice!.Value, path, out trigger, out var segment)) return false;
                w.Triggered = true;
                return MatchLimit(w, bar, (double)req.LimitPrice!.Value, true, trigger, path, segment + 1, half, ref capacity, listener);
        }
    }

    /// <summary>
    /// A limit arriving at <paramref name="arrival"/> is marketable if it crosses the spread there: it then fills as a
    /// taker at no worse than its limit, or is rejected when post-only. Otherwise it rests and fills as a maker at its
    /// limit if the rest of the path (points from <paramref name="fromPoint"/>, plus the arrival price) trades through it.
    /// </summary>
    private bool MatchLimit(WorkingOrder w, in Bar bar, double limit, bool arriving, double arrival, ReadOnlySpan<double> path, int fromPoint,
        double half, ref double capacity, IVenueListener listener)
    {
        var req = w.Order.Request;
        var buy = req.Side == OrderSide.Buy;
        if (arriving && (buy ? limit >= arrival * (1 + half) : limit <= arrival * (1 - half)))
        {
            if (req.PostOnly)
            {
                w.Order.Reject(Time(bar), $"post-only limit {limit} would cross the market at {arrival}");
                listener.OnOrderClosed(w.Order, w.SymbolIndex, ReasonCode.PostOnlyWouldCross);
                return true;
            }

            return Taker(w, bar, arrival, limit, half, ref capacity, listener);
        }

        var extreme = arrival;
        for (var p = fromPoint; p < path.Length; p++) extreme = buy ? Math.Min(extreme, path[p]) : Math.Max(extreme, path[p]);
        var through = _options.LimitFillRule == LimitFillRule.TradeThrough
            ? (buy ? extreme < limit : extreme > limit)
            : (buy ? extreme <= limit : extreme >= limit);
        return through && Fill(w, bar, limit, limit, isMaker: true, ref capacity, listener);
    }

    private bool Taker(WorkingOrder w, in Bar bar, double reference, double limit, double half, ref double capacity, IVenueListener listener)
    {
        var req = w.Order.Request;
        var buy = req.Side == OrderSide.Buy;
        var qty = Math.Min((double)w.Order.RemainingQuantity, capacity);
        var slip = _options.Slippage.Fraction(new SlippageInput(buy, qty, reference, bar, w.Book));
        var price = reference * (buy ? 1 + half + slip : 1 - half - slip);
        if (!double.IsNaN(limit)) price = buy ? Math.Min(price, limit) : Math.Max(price, limit);
        return Fill(w, bar, price, reference, isMaker: false, ref capacity, listener);
    }

    private bool Fill(WorkingOrder w, in Bar bar, double price, double reference, bool isMaker, ref double capacity, IVenueListener listener)
    {
        var order = w.Order;
        var req = order.Request;
        var rules = _rules[w.SymbolIndex];
        var qty = Math.Min(order.RemainingQuantity, rules.RoundQuantity((decimal)Math.Max(0, capacity)));
        if (req.TimeInForce == TimeInForce.Fok && qty < order.RemainingQuantity)
        {
            order.Expire(Time(bar), "FOK: not enough volume to fill completely");
            listener.OnOrderClosed(order, w.SymbolIndex, ReasonCode.Expired);
            return true;
        }

        if (qty <= 0 || !(price > 0)) return false;
        var px = decimal.Round((decimal)price, 10);
        var fee = decimal.Round(qty * px * Profile.Fees.RateFor(isMaker), 10);
        var fill = new Fill(order.ClientOrderId, req.Symbol, req.Side, qty, px, fee, req.Symbol.Quote, Time(bar), isMaker,
            IdText.Join(order.VenueOrderId ?? string.Empty, "-", order.FillCount));
        if (!order.ApplyFill(fill).Applied) return false;
        capacity -= (double)qty;
        listener.OnFill(order, new FillEvent(w.SymbolIndex, fill, decimal.Round((decimal)reference, 10)));
        return false;
    }

    /// <summary>Finds where a stop triggers along the path: at the open if it gapped through, else at the stop price on the first segment reaching it.</summary>
    private static bool TryTrigger(bool buy, double stop, ReadOnlySpan<double> path, out double price, out int segment)
    {
        price = 0;
        segment = 0;
        if (buy ? path[0] >= stop : path[0] <= stop)
        {
            price = path[0];
            return true;
        }

        for (var s = 0; s < path.Length - 1; s++)
        {
            if (buy ? path[s + 1] >= stop : path[s + 1] <= stop)
            {
                price = stop;
                segment = s;
                return true;
            }
        }

        return false;
    }

    private void BuildPath(in Bar bar, Span<double> path)
    {
        var lowFirst = _options.IntraBarPath switch
        {
            IntraBarPath.OpenLowHighClose => true,
            IntraBarPath.OpenHighLowClose => false,
            _ => bar.Close > bar.Open,
        };
        path[0] = bar.Open;
        path[1] = lowFirst ? bar.Low : bar.High;
        path[2] = lowFirst ? bar.High : bar.Low;
        path[3] = bar.Close;
    }

    private double HalfSpread(WorkingOrder w)
    {
        if (w.Book is { BestBid: { } bid, BestAsk: { } ask })
        {
            var b = (double)bid.Price;
            var a = (double)ask.Price;
            return (a - b) / (a + b);
        }

        return _options.SpreadBps / 20_000;
    }

    private static DateTimeOffset Time(in Bar bar) => DateTimeOffset.FromUnixTimeMilliseconds(bar.CloseTimeMs);
}
