using CryptoSmartTrader.Backtesting.Engine;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

public sealed class WalkForwardPlanTests
{
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rolling_windows_tile_the_test_period()
    {
        var plan = new WalkForwardPlan { Train = TimeSpan.FromDays(10), Test = TimeSpan.FromDays(5) };
        var w = plan.Windows(From, From.AddDays(22));
        Assert.Equal(3, w.Count);
        Assert.Equal((From, From.AddDays(10), From.AddDays(15)), (w[0].TrainFrom, w[0].TrainTo, w[0].TestTo));
        Assert.Equal((From.AddDays(5), From.AddDays(15), From.AddDays(20)), (w[1].TrainFrom, w[1].TrainTo, w[1].TestTo));
        Assert.Equal(From.AddDays(22), w[2].TestTo); // the last test part is cut at the end
        Assert.False(w[0].IsTest(From.AddDays(10)));
        Assert.True(w[0].IsTest(From.AddDays(10).AddHours(1)));
    }

    [Fact]
    public void Anchored_windows_always_train_from_the_start()
    {
        var plan = new WalkForwardPlan { Train = TimeSpan.FromDays(10), Test = TimeSpan.FromDays(5), Anchored = true };
        Assert.All(plan.Windows(From, From.AddDays(30)), w => Assert.Equal(From, w.TrainFrom));
    }

    [Fact]
    public void A_period_shorter_than_training_is_rejected()
    {
        var plan = new WalkForwardPlan { Train = TimeSpan.FromDays(10) };
        Assert.Contains("not longer than the training window", Assert.Throws<ArgumentException>(() => plan.Windows(From, From.AddDays(10))).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WalkForwardPlan { Test = TimeSpan.Zero }.Windows(From, From.AddDays(100)));
    }
}
