using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Labels;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Labels;

public sealed class ForwardReturnsTests
{
    [Fact]
    public void Forward_return_uses_the_close_one_horizon_after_the_bar_close()
    {
        var series = SyntheticCandles.FromCloses([100, 110, 121, 133.1]);
        var r = ForwardReturns.Forward(series, Horizon.H1);
        Assert.Equal(Math.Log(110.0 / 100), r[0], 12);
        Assert.Equal(Math.Log(121.0 / 110), r[1], 12);
        Assert.True(double.IsNaN(r[3])); // nothing after the last bar

        var two = ForwardReturns.Forward(series, new Horizon(TimeSpan.FromHours(2)));
        Assert.Equal(Math.Log(121.0 / 100), two[0], 12);
        Assert.True(double.IsNaN(two[2]));
    }

    [Fact]
    public void Missing_horizon_end_bar_gives_a_missing_label_not_an_interpolated_one()
    {
        var series = SeriesWithGap();
        var r = ForwardReturns.Forward(series, Horizon.H1);
        // bars close at 01,02,(03 missing),04,05: the 02:00 bar's 1h label needs the 03:00 close
        Assert.Equal(Math.Log(102.0 / 101), r[0], 12);
        Assert.True(double.IsNaN(r[1]));
        Assert.Equal(Math.Log(105.0 / 104), r[2], 12);

        var twoHours = ForwardReturns.Forward(series, new Horizon(TimeSpan.FromHours(2)));
        Assert.True(double.IsNaN(twoHours[0])); // end bar 03:00 missing
        Assert.Equal(Math.Log(104.0 / 102), twoHours[1], 12);
    }

    [Fact]
    public void Past_return_uses_only_bars_up_to_the_close()
    {
        var series = SyntheticCandles.FromCloses([100, 110, 121]);
        var p = ForwardReturns.Past(series, Horizon.H1);
        Assert.True(double.IsNaN(p[0]));
        Assert.Equal(Math.Log(1.1), p[1], 12);
        Assert.Equal(Math.Log(1.1), p[2], 12);
        Assert.True(double.IsNaN(ForwardReturns.Past(SeriesWithGap(), Horizon.H1)[2]));
    }

    [Fact]
    public void Direction_needs_a_move_beyond_the_round_trip_cost()
    {
        // 2 × 0.1% fee + 0.02% spread = 0.22% → -ln(1 - 0.0022) = 0.0022024…
        var cost = new CostThreshold(0.001, 0.0002);
        Assert.Equal(0.00220242, cost.LogReturn, 7);
        var d = ForwardReturns.Directions([0.003, 0.002, -0.002, -0.003, double.NaN], cost);
        Assert.Equal([1, 0, 0, -1], d[..4]);
        Assert.True(double.IsNaN(d[4]));
    }

    [Theory]
    [InlineData(-0.001, 0)]
    [InlineData(0, -0.1)]
    [InlineData(0.2, 0)]
    public void Bad_costs_are_rejected(double fee, double spread) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostThreshold(fee, spread));

    [Fact]
    public void Non_positive_horizon_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ForwardReturns.Forward(SyntheticCandles.FromCloses([1, 2]), new Horizon(TimeSpan.Zero)));
        Assert.Contains("horizon", ex.Message);
    }

    internal static CandleSeries SeriesWithGap()
    {
        var b = new CandleSeriesBuilder(Exchange.Binance, new Symbol("SYN", "USDT"), Timeframe.H1);
        var t0 = SyntheticCandles.DefaultStart;
        foreach (var (h, c) in new[] { (0, 101.0), (1, 102.0), (3, 104.0), (4, 105.0) })
        {
            var open = t0.AddHours(h).ToUnixTimeMilliseconds();
            b.Add(open, open + 3_600_000, c, c, c, c, 1);
        }

        return b.Build();
    }
}
