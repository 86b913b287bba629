using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

/// <summary>
/// An alpha built from the run's data (a model's precomputed predictions) is given exactly the bars the run feeds — from the
/// warm-up start to <c>To</c> — because the bot holds exactly those: features that cumulate from the first bar would
/// otherwise differ between the backtest and the bot (issue 14, the stacked and LSTM parity cases).
/// </summary>
public sealed class AlphaOnDataTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;

    [Fact]
    public void The_alpha_sees_the_bars_from_the_warm_up_start_to_the_end_and_no_others()
    {
        // Synthetic random walks, 600 hourly bars: 100 before From, of which the run warms up on 30; 50 after To.
        CandleSeries[] series =
        [
            SyntheticCandles.RandomWalk(600, seed: 1, sigma: 0.02, symbol: new Symbol("AAA", "USDT")),
            SyntheticCandles.RandomWalk(600, seed: 2, sigma: 0.02, symbol: new Symbol("BBB", "USDT")),
        ];
        var options = new BacktestOptions { From = Start.AddHours(100), To = Start.AddHours(550), WarmupBars = 30 };
        IReadOnlyList<CandleSeries>? seen = null;
        static IAlphaModel Alpha(int count) => new SmaCrossAlphaModel(count, new SmaCrossOptions { Fast = 5, Slow = 20 });
        var blueprint = TestBlueprints.SmaCross().WithAlpha(u => Alpha(u.Count), (data, u) =>
        {
            seen = data;
            return Alpha(u.Count);
        });

        var run = BacktestRunner.Run(series, blueprint, options, TestBlueprints.Settings(series, options));

        Assert.NotNull(seen);
        Assert.Equal(2, seen.Count);
        for (var s = 0; s < 2; s++)
        {
            var first = series[s].IndexOfLastClosedAt(options.From.AddTicks(-1)) + 1;
            Assert.Equal(series[s].Symbol, seen[s].Symbol);
            Assert.Equal(series[s].CloseTimeMs[first - 30], seen[s].CloseTimeMs[0]);
            Assert.Equal(options.To.ToUnixTimeMilliseconds(), seen[s].CloseTimeMs[^1]);
            Assert.Equal(run.Bars / 2, seen[s].Count);
        }
    }
}
