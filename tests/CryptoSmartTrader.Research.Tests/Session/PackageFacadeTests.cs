using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using CryptoSmartTrader.Trading.Risk;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

/// <summary>Strategy packages from the notebook facade, on real Binance candles.</summary>
public sealed class PackageFacadeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-research-pkg-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ResearchSession Open() => ResearchSession.Open(SharedDatasets.RootPath, Path.Combine(_dir, "cst.db"), new ManualTimeProvider(), Path.Combine(_dir, "models"));

    [Fact]
    public async Task A_saved_package_backtests_like_the_blueprint_and_writes_a_tearsheet()
    {
        using var session = Open();
        var series = new[] { Hourly("BTC", Utc(2023, 12, 1), Utc(2024, 3, 1)), Hourly("ETH", Utc(2023, 12, 1), Utc(2024, 3, 1)) };
        var (from, to) = (Utc(2024, 1, 1), Utc(2024, 3, 1));
        var package = session.Packages.SmaCrossPackage(series, 10, 40);
        // The research default, explicit in the file so the bot running it releases the ladder the same way.
        Assert.Equal(LadderRecovery.Cooldown, package.Risk.Recovery);
        var saved = await session.Packages.SavePackageAsync(package, Path.Combine(_dir, "sma.json"), series);
        Assert.True(saved.Ok, saved.Error);
        Assert.Contains("\"recovery\": \"cooldown\"", await File.ReadAllTextAsync(saved.Value!), StringComparison.Ordinal);
        var loaded = session.Packages.LoadPackage(saved.Value!);
        Assert.True(loaded.Ok, loaded.Error);
        Assert.Equal(2, loaded.Value!.DataFingerprints.Count);

        var fromPackage = session.Packages.Backtest(series, loaded.Value, from, to);
        var fromBlueprint = Facade.Backtests.Run(series, Facade.Backtests.SmaCrossBlueprint(series, 10, 40), from, to, "sma-cross(10,40)");
        Assert.True(fromPackage.Orders.Count > 5);
        Assert.Equal(fromBlueprint.OrderListHash, fromPackage.OrderListHash);
        Assert.Equal("cooldown", fromPackage.Settings.Risk["recovery"]);

        var html = await session.Packages.TearsheetAsync(fromPackage, Path.Combine(_dir, "run"), loaded.Value);
        var text = await File.ReadAllTextAsync(html);
        Assert.Contains("Drawdown ladder", text, StringComparison.Ordinal);
        Assert.Contains(fromPackage.OrderListHash, text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "run", "package.json")));
    }

    [Fact]
    public async Task Saving_an_invalid_package_names_the_field()
    {
        using var session = Open();
        var series = new[] { Hourly("BTC", Utc(2024, 1, 1), Utc(2024, 1, 10)) };
        var package = session.Packages.SmaCrossPackage(series);
        package.Venue.Slippage = "linear";
        var saved = await session.Packages.SavePackageAsync(package, Path.Combine(_dir, "bad.json"));
        Assert.False(saved.Ok);
        Assert.Contains("venue.slippage:", saved.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "bad.json")));
    }
}
