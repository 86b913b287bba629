using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Builders;
using Deedle;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

public sealed class FrameFacadeTests
{
    [Fact]
    public void Candle_frame_of_real_candles_matches_the_series_keyed_by_close_time()
    {
        // The window holds Binance's 33-hour outage: the frame keeps the gap (no rows invented).
        var btc = Hourly("BTC", Utc(2018, 2, 7), Utc(2018, 2, 11));

        var frame = Facade.Frames.CandleFrame(btc);

        Assert.Equal(btc.Count, frame.RowCount);
        Assert.Equal(["open_time", "open", "high", "low", "close", "volume"], frame.ColumnKeys);
        Assert.Equal(btc.Close.ToArray(), frame.GetColumn<double>("close").Values);
        Assert.Equal(btc.Volume.ToArray(), frame.GetColumn<double>("volume").Values);
        var keys = frame.RowKeys.ToArray();
        for (var i = 0; i < btc.Count; i++)
        {
            Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(btc.CloseTimeMs[i]).UtcDateTime, keys[i]);
            Assert.Equal(DateTimeKind.Utc, keys[i].Kind);
        }

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(btc.OpenTimeMs[0]).UtcDateTime, frame.GetColumn<DateTime>("open_time").GetAt(0));
    }

    [Fact]
    public void Feature_frame_keeps_warm_up_missing_and_joins_candles_on_close_time()
    {
        var series = SyntheticCandles.RandomWalk(60);
        var features = ResearchSession.Features(series);

        var frame = Facade.Frames.FeaturesFrame(features);
        var joined = Facade.Frames.CandleFrame(series).Join(frame, JoinKind.Inner);

        Assert.Equal(features.Columns, frame.ColumnKeys);
        var sma = frame.GetColumn<double>("sma_20");
        Assert.False(sma.TryGetAt(0).HasValue, "SMA(20) is missing on the first bar, never filled");
        Assert.Equal(features["sma_20"][^1], sma.GetAt(59), 12);
        Assert.Equal(60, joined.RowCount);
        Assert.Equal(series.Close[^1], joined.GetColumn<double>("close").GetAt(59));
        // Rolling statistics work on the frame: mean of the last 20 closes = SMA(20).
        Assert.Equal(features["sma_20"][^1], Stats.movingMean(20, joined.GetColumn<double>("close")).GetAt(59), 9);
    }

    [Fact]
    public void Equity_and_trades_frames_of_a_real_backtest_match_the_result()
    {
        var btc = Hourly("BTC", Utc(2023, 12, 20), Utc(2024, 2, 1));
        var result = Facade.Backtests.Run([btc], Facade.Backtests.SmaCrossBlueprint([btc], 10, 50, 5_000m), Utc(2024, 1, 1), Utc(2024, 2, 1), "sma-cross(10,50)", 200, 5_000m);

        var equity = Facade.Frames.EquityFrame(result);
        var series = Facade.Frames.EquitySeries(result);
        var trades = Facade.Frames.TradesFrame(result);

        Assert.Equal(result.Equity.Select(p => (double)p.Equity), equity.GetColumn<double>("equity").Values);
        Assert.Equal(result.Equity.Select(p => p.Time.UtcDateTime), series.Keys);
        Assert.Equal(0.0, equity.GetColumn<double>("drawdown").Values.Max());
        Assert.Equal(result.Trades.Count, trades.RowCount);
        Assert.Equal(result.Trades.Select(t => (double)t.NetPnl), trades.GetColumn<double>("NetPnl").Values);
        Assert.Equal(result.Trades.Select(t => t.EntryTime.UtcDateTime), trades.GetColumn<DateTime>("EntryTime").Values);
    }

    [Fact]
    public void Predictions_frame_has_one_row_per_prediction()
    {
        var asOf = Utc(2024, 1, 2);
        Prediction[] predictions =
        [
            new(Symbol.Parse("BTC/USDT"), Horizon.Parse("24h"), asOf, 0.6, 0.01, -0.02, 0.04, "m", "1"),
            new(Symbol.Parse("ETH/USDT"), Horizon.Parse("24h"), asOf, 0.4, -0.01, -0.05, 0.03, "m", "1"),
        ];

        var frame = Facade.Frames.PredictionsFrame(predictions);

        Assert.Equal(2, frame.RowCount);
        Assert.Equal(["BTC/USDT", "ETH/USDT"], frame.GetColumn<string>("Symbol").Values);
        Assert.Equal([0.6, 0.4], frame.GetColumn<double>("ProbabilityUp").Values);
        Assert.Equal([asOf.UtcDateTime, asOf.UtcDateTime], frame.GetColumn<DateTime>("AsOf").Values);
    }
}
