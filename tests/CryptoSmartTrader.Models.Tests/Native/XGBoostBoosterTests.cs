using CryptoSmartTrader.Models.Native;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Tests.Predictors;

namespace CryptoSmartTrader.Models.Tests.Native;

public sealed class XGBoostBoosterTests
{
    private static readonly Dictionary<string, string> Params = new XGBoostParameters { Rounds = 30, Seed = 7, Threads = 2 }.ToNative("binary:logistic");

    [Fact]
    public void Library_reports_version_1_7_4() => Assert.Equal("1.7.4", XGBoostBooster.Version);

    [Fact]
    public void Training_is_deterministic_with_a_seed_and_json_round_trips()
    {
        var (set, _) = SyntheticProblems.Logistic(2000, 1);
        using var a = XGBoostBooster.Train(set.X.Data, set.X.Rows, set.X.Cols, set.Up, Params, 30);
        using var b = XGBoostBooster.Train(set.X.Data, set.X.Rows, set.X.Cols, set.Up, Params, 30);
        var pa = a.Predict(set.X.Data, set.X.Rows, set.X.Cols);
        Assert.Equal(pa, b.Predict(set.X.Data, set.X.Rows, set.X.Cols));
        Assert.Equal(30, a.BoostedRounds);
        Assert.All(pa, p => Assert.InRange(p, 0, 1));

        var json = a.SaveJson();
        Assert.StartsWith("{", json);
        Assert.Contains("\"learner\"", json);
        Assert.Contains("binary:logistic", json);
        using var loaded = XGBoostBooster.LoadJson(json);
        Assert.Equal(pa, loaded.Predict(set.X.Data, set.X.Rows, set.X.Cols));
    }

    [Fact]
    public void Learns_the_signal_better_than_chance()
    {
        var (train, _) = SyntheticProblems.Logistic(3000, 2);
        var (test, truth) = SyntheticProblems.Logistic(1000, 3);
        using var m = XGBoostBooster.Train(train.X.Data, train.X.Rows, train.X.Cols, train.Up, Params, 30);
        var p = m.Predict(test.X.Data, test.X.Rows, test.X.Cols);
        var agree = p.Zip(truth).Count(t => (t.First > 0.5) == (t.Second > 0.5));
        Assert.True(agree > 800, $"agreement with the true direction {agree}/1000");
    }

    [Fact]
    public void Errors_carry_the_library_message()
    {
        var (set, _) = SyntheticProblems.Logistic(50, 4);
        var bad = new Dictionary<string, string>(Params) { ["objective"] = "no-such-objective" };
        var ex = Assert.Throws<XGBoostException>(() => XGBoostBooster.Train(set.X.Data, set.X.Rows, set.X.Cols, set.Up, bad, 2));
        Assert.Contains("no-such-objective", ex.Message);
        Assert.Throws<XGBoostException>(() => XGBoostBooster.LoadJson("{\"not\": \"a model\"}"));
        Assert.Throws<ArgumentException>(() => XGBoostBooster.Train(set.X.Data, set.X.Rows, set.X.Cols, set.Up[..10], Params, 2));
    }

    [Fact]
    public void Disposed_boosters_free_their_handle_once()
    {
        var (set, _) = SyntheticProblems.Logistic(100, 5);
        var m = XGBoostBooster.Train(set.X.Data, set.X.Rows, set.X.Cols, set.Up, Params, 2);
        m.Dispose();
        m.Dispose();
        Assert.Throws<ObjectDisposedException>(() => m.Predict(set.X.Data, set.X.Rows, set.X.Cols));
    }
}
