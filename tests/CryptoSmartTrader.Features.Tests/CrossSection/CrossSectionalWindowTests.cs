using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.CrossSection;

public sealed class CrossSectionalWindowTests
{
    // Real Binance hourly bars, six pairs. The second window has AVAX listing (2020-09-22) inside it, so its membership
    // starts 720 bars later in the compared month; the first is a plain month with every pair a member.
    // Real Binance hourly bars, six pairs. The second window has AVAX listing (2020-09-22) inside it, so its membership
    // starts 720 bars later in the compared month; the first is a plain month with every pair a member.
    [Theory]
    [InlineData("2023-10-01", "2024-01-01", "2024-02-01", "BTC,ETH,BNB,XRP,ADA,LTC")]
    [InlineData("2020-07-01", "2020-10-10", "2020-11-10", "BTC,ETH,BNB,LINK,AVAX,LTC")]
    public void Latest_equals_the_batch_xsection_frame_at_every_bar_on_real_data(string historyFrom, string compareFrom, string compareTo, string coins)
    {
        var from = DateTimeOffset.Parse(historyFrom, System.Globalization.CultureInfo.InvariantCulture);
        var c0 = DateTimeOffset.Parse(compareFrom, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        var to = DateTimeOffset.Parse(compareTo, System.Globalization.CultureInfo.InvariantCulture);
        var universe = coins.Split(',').Select(c => SharedCandles.BinanceHourly(c).SliceByCloseTime(from, to)).ToArray();
        var (compared, defined) = CompareAtEveryBar(universe, new CrossSectionalOptions(), c0);
        Assert.True(compared > 600 * 21 * universe.Length, $"compared {compared}");
        Assert.True(defined > compared / 2, $"only {defined} of {compared} values defined");
    }

    // Synthetic random walks (test data only) with gaps: a symbol whose gap sits at the start of the window is still a member
    // (it traded before the window), and windows with too few bars stay undefined in both computations, never filled.
    [Fact]
    public void Latest_equals_the_batch_frame_across_gaps_and_a_late_listing_synthetic()
    {
        var small = new CrossSectionalOptions { MomentumBars = [6, 12], ResidualMomentumBars = 6, VolatilityBars = 12, TurnoverBars = 12, HighBars = 12, BetaBars = 12, WarmUpBars = 12 };
        var universe = Enumerable.Range(0, 6).Select(i =>
        {
            var s = SyntheticCandles.RandomWalk(300, seed: 30 + i, symbol: new Symbol(i == 0 ? "BTC" : $"S{i}", "USDT"));
            var b = new CandleSeriesBuilder(s.Exchange, s.Symbol, s.Timeframe);
            for (var k = 0; k < s.Count; k++)
            {
                if (i == 2 && k is >= 100 and < 104) continue; // a 4-bar gap
                if (i == 3 && k % 37 == 5) continue; // scattered missing bars
                if (i == 4 && k < 150) continue; // lists at bar 150
                b.Add(s.OpenTimeMs[k], s.CloseTimeMs[k], s.Open[k], s.High[k], s.Low[k], s.Close[k], s.Volume[k]);
            }

            return b.Build();
        }).ToArray();
        var (compared, defined) = CompareAtEveryBar(universe, small, universe[0].CloseTimeMs[20]);
        Assert.True(defined > compared / 2, $"only {defined} of {compared} values defined");
    }

    private static (int Compared, int Defined) CompareAtEveryBar(CandleSeries[] universe, CrossSectionalOptions options, long compareFromMs)
    {
        var factors = new CrossSectionalFactors(options);
        var panel = UniversePanel.Create(universe, factors.Options.WarmUpBars);
        var batch = factors.Compute(panel);
        var window = new CrossSectionalWindow(universe[0].Exchange, universe.Select(s => s.Symbol).ToArray(), universe[0].Timeframe, options);
        Assert.True(window.WindowRows < panel.Rows / 2, "the window must be shorter than the history, or nothing is cut");
        var next = new int[universe.Length];
        var compared = 0;
        var defined = 0;
        for (var r = 0; r < panel.Rows; r++)
        {
            var t = panel.Closes.CloseTimeMs[r];
            for (var i = 0; i < universe.Length; i++)
            {
                var s = universe[i];
                if (next[i] < s.Count && s.CloseTimeMs[next[i]] == t)
                {
                    var k = next[i]++;
                    window.Add(i, s.OpenTimeMs[k], t, s.Open[k], s.High[k], s.Low[k], s.Close[k], s.Volume[k]);
                }
            }

            if (t < compareFromMs) continue;
            var latest = window.Latest()!;
            for (var c = 0; c < batch.Length; c++)
            {
                for (var i = 0; i < universe.Length; i++)
                {
                    var expected = batch[c][i][r];
                    var actual = latest[c][i];
                    compared++;
                    if (double.IsNaN(expected))
                    {
                        Assert.True(double.IsNaN(actual), $"{factors.Columns[c]} {universe[i].Symbol} at {DateTimeOffset.FromUnixTimeMilliseconds(t):O}: batch NaN, window {actual}");
                        continue;
                    }

                    defined++;
                    // Rolling sums start at a different row in the window, so only the last bits may differ.
                    Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
                        $"{factors.Columns[c]} {universe[i].Symbol} at {DateTimeOffset.FromUnixTimeMilliseconds(t):O}: batch {expected}, window {actual}");
                }
            }
        }

        return (compared, defined);
    }

    [Fact]
    public void Latest_is_null_until_the_benchmark_has_a_bar_synthetic()
    {
        var window = new CrossSectionalWindow(Exchange.Binance, [new Symbol("BTC", "USDT"), new Symbol("ETH", "USDT")], Timeframe.H1);
        Assert.Null(window.Latest());
        window.Add(1, 0, 3_600_000, 1, 1, 1, 1, 1); // synthetic ETH bar only
        Assert.Null(window.Latest());
        window.Add(0, 0, 3_600_000, 1, 1, 1, 1, 1);
        Assert.NotNull(window.Latest());
    }
}
