using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Core.Portfolios;
using FsCheck;
using FsCheck.Fluent;

namespace CryptoSmartTrader.Core.Tests.Portfolios;

public sealed class PortfolioProperties
{
    private static readonly Symbol[] Symbols = [new("BTC", "USDT"), new("ETH", "USDT"), new("SOL", "USDT")];
    private static readonly DateTimeOffset T = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed record Trade(int Symbol, bool Buy, decimal Qty, decimal Price, decimal Fee);

    private static readonly Gen<Trade> TradeGen =
        from s in Gen.Choose(0, Symbols.Length - 1)
        from buy in Gen.Elements(true, false)
        from q in Gen.Choose(1, 5000)
        from px in Gen.Choose(1, 100_000)
        from fee in Gen.Choose(0, 500)
        select new Trade(s, buy, q / 1000m, px / 100m, fee / 100m);

    private static readonly Gen<decimal[]> MarksGen = Gen.ArrayOf(Gen.Choose(1, 100_000).Select(i => i / 100m), Symbols.Length);

    [Fact]
    public void Equity_is_cash_plus_quantity_times_mark()
    {
        // The expected side is rebuilt from the raw cash flows, not from the portfolio's own books.
        Prop.ForAll(Gen.ListOf(TradeGen).ToArbitrary(), MarksGen.ToArbitrary(), (trades, marks) =>
        {
            var p = new Portfolio("USDT", 1_000_000m);
            var cash = 1_000_000m;
            var qty = new decimal[Symbols.Length];
            foreach (var t in trades)
            {
                p.Apply(new Fill("o", Symbols[t.Symbol], t.Buy ? OrderSide.Buy : OrderSide.Sell, t.Qty, t.Price, t.Fee, "USDT", T));
                var signed = t.Buy ? t.Qty : -t.Qty;
                cash -= signed * t.Price + t.Fee;
                qty[t.Symbol] += signed;
            }

            var markMap = Symbols.Select((s, i) => (s, marks[i])).ToDictionary(x => x.s, x => x.Item2);
            var expected = cash + qty.Select((q, i) => q * marks[i]).Sum();
            return p.Equity(markMap) == expected && p.CashOf("USDT") == cash;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Equity_equals_initial_plus_realised_plus_unrealised_minus_fees()
    {
        Prop.ForAll(Gen.ListOf(TradeGen).ToArbitrary(), MarksGen.ToArbitrary(), (trades, marks) =>
        {
            var p = new Portfolio("USDT", 1_000_000m);
            foreach (var t in trades)
            {
                p.Apply(new Fill("o", Symbols[t.Symbol], t.Buy ? OrderSide.Buy : OrderSide.Sell, t.Qty, t.Price, t.Fee, "USDT", T));
            }

            var markMap = Symbols.Select((s, i) => (s, marks[i])).ToDictionary(x => x.s, x => x.Item2);
            var identity = p.InitialEquity + p.RealizedPnl + p.UnrealizedPnl(markMap) - p.FeesPaid;
            // Average-cost division can leave a rounding residue in the 28th digit; a cent is far above that.
            return Math.Abs(p.Equity(markMap) - identity) < 0.000001m;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_round_trip_at_the_same_price_loses_exactly_the_fees()
    {
        Prop.ForAll(TradeGen.ToArbitrary(), Gen.Choose(0, 500).ToArbitrary(), (t, exitFeeCents) =>
        {
            var p = new Portfolio("USDT", 1_000_000m);
            var s = Symbols[t.Symbol];
            var exitFee = exitFeeCents / 100m;
            var open = t.Buy ? OrderSide.Buy : OrderSide.Sell;
            var close = t.Buy ? OrderSide.Sell : OrderSide.Buy;
            p.Apply(new Fill("a", s, open, t.Qty, t.Price, t.Fee, "USDT", T));
            p.Apply(new Fill("b", s, close, t.Qty, t.Price, exitFee, "USDT", T));
            return p.Equity(new Dictionary<Symbol, decimal>()) == 1_000_000m - t.Fee - exitFee
                   && p.FeesPaid == t.Fee + exitFee
                   && p.RealizedPnl == 0m;
        }).QuickCheckThrowOnFailure();
    }
}
