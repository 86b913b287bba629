using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using FsCheck;
using FsCheck.Fluent;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Risk;

public sealed class RiskEnginePropertyTests
{
    [Fact]
    public void An_allowed_order_never_leaves_the_position_or_gross_caps_breached()
    {
        var options = new RiskOptions { MaxPositionFraction = 0.3, MaxGrossExposure = 0.8, AllowShort = true, MaxNetExposure = 10, MaxClusterExposure = 10 };
        Prop.ForAll(
            Gen.Choose(-30, 30).ToArbitrary(),
            Gen.Choose(-30, 30).ToArbitrary(),
            Gen.Choose(-100, 100).Where(q => q != 0).ToArbitrary(),
            (existing, other, order) =>
            {
                var book = new ExposureBook(2, 10_000);
                book.SetMark(0, 100);
                book.SetMark(1, 100);
                book.ApplyFill(0, existing, 100, 0);
                book.ApplyFill(1, other, 100, 0);
                var risk = new RiskEngine(options, Universe(2));
                var d = risk.Evaluate(new RiskCheck(0, order, 100, 0.9, T0), book);
                if (!d.Allowed) return true;
                var after = existing + d.Quantity;
                var reducing = Math.Abs(after) < Math.Abs(existing) && after * existing >= 0;
                if (reducing) return true;
                var equity = book.Equity;
                return Math.Abs(d.Quantity) <= Math.Abs(order) + 1e-9
                       && Math.Abs(after) * 100 <= options.MaxPositionFraction * equity + 1e-6
                       && (Math.Abs(after) + Math.Abs(other)) * 100 <= options.MaxGrossExposure * equity + 1e-6;
            }).QuickCheckThrowOnFailure();
    }
}
