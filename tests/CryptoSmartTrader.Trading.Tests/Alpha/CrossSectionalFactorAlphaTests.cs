using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Trading.Tests.Alpha;

public sealed class CrossSectionalFactorAlphaTests
{
    private static readonly DateTimeOffset From = new(2023, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reversal_ranks_the_symbols_by_minus_their_past_return_on_real_data()
    {
        var series = new[] { "BTC", "ETH", "BNB", "XRP", "LTC" }.Select(c => SharedCandles.BinanceHourly(c).SliceByCloseTime(From, From.AddDays(5))).ToArray();
        var universe = new TradingUniverse(Exchange.Binance, Timeframe.H1, series.Select(s => s.Symbol).ToArray());
        var alpha = new CrossSectionalFactorAlpha(universe.Count, new CrossSectionalFactorOptions { LookbackBars = 24 });
        var context = new BarCloseContext(universe);
        var insights = new AlphaInsight[universe.Count];
        var checkedBars = 0;
        for (var t = 0; t < series[0].Count; t++)
        {
            context.Reset(DateTimeOffset.FromUnixTimeMilliseconds(series[0].CloseTimeMs[t]));
            for (var i = 0; i < series.Length; i++) context.SetBar(i, Bar.FromSeries(series[i], t));
            alpha.Update(context, insights);
            if (t < 24)
            {
                Assert.All(insights, x => Assert.False(x.HasView));
                continue;
            }

            // Independent: sort by the past 24-bar return computed from the series; the biggest loser must be +1, the biggest winner −1.
            var past = series.Select(s => Math.Log(s.Close[t] / s.Close[t - 24])).ToArray();
            var loser = Array.IndexOf(past, past.Min());
            var winner = Array.IndexOf(past, past.Max());
            Assert.Equal(1.0, insights[loser].Direction, 12);
            Assert.Equal(-1.0, insights[winner].Direction, 12);
            var order = Enumerable.Range(0, past.Length).OrderBy(i => -past[i]).ToArray();
            for (var k = 1; k < order.Length; k++) Assert.True(insights[order[k]].Direction > insights[order[k - 1]].Direction);
            checkedBars++;
        }

        Assert.Equal(series[0].Count - 24, checkedBars);
    }

    [Fact]
    public void An_xs_factor_package_builds_the_alpha_and_bad_settings_name_the_field()
    {
        var p = Packages.StrategyPackageJsonTests.Valid();
        p.Alpha.Kind = AlphaSpec.XsFactorKind;
        p.Alpha.XsFactor = new CrossSectionalFactorOptions { Factor = CrossSectionalFactorOptions.Momentum, LookbackBars = 168 };
        p.Construction.Kind = ConstructionSpec.TopKKind;
        Assert.Empty(StrategyPackageValidator.Validate(p));
        var universe = new TradingUniverse(Exchange.Binance, Timeframe.H1, [Symbol.Parse("BTC/USDT"), Symbol.Parse("ETH/USDT")]);
        Assert.Equal("xs-momentum(168)", StrategyKernelFactory.RuleAlpha(p, universe).Name);
        var parsed = StrategyPackageJson.Parse(StrategyPackageJson.Serialize(p));
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(168, parsed.Value!.Alpha.XsFactor!.LookbackBars);
        p.Alpha.XsFactor.Factor = "carry";
        Assert.Contains(StrategyPackageValidator.Validate(p), e => e.StartsWith("alpha.xsFactor.factor", StringComparison.Ordinal) && e.Contains("momentum or reversal", StringComparison.Ordinal));
    }
}
