using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Bot.Tests.Strategies;

/// <summary>LIVE mode trades a spot account: a package that needs short positions stops start-up naming the field.</summary>
public sealed class LiveShortsStartupTests
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-bot-shorts-").FullName;

    private string Package(bool longShort, bool allowShort, bool topKSection = true)
    {
        var p = new StrategyPackage { Name = "xs-book" };
        p.Universe.Symbols.AddRange(["BTC/USDT", "ETH/USDT", "BNB/USDT", "XRP/USDT"]);
        p.Alpha.Kind = AlphaSpec.XsFactorKind;
        p.Construction.Kind = ConstructionSpec.TopKKind;
        if (topKSection) p.Construction.TopK = new TopKConstructionOptions { K = 1, LongShort = longShort };
        p.Risk.AllowShort = allowShort;
        var path = Path.Combine(_dir, $"xs-{longShort}-{allowShort}-{topKSection}.json");
        File.WriteAllText(path, StrategyPackageJson.Serialize(p));
        return path;
    }

    private BotConfigurationException Refused(params string[] args) =>
        Assert.Throws<BotConfigurationException>(() => BotHost.Build(["--port", "0", "--job-store", "memory", "--db", Path.Combine(_dir, "cst.db"), .. args]));

    [Fact]
    public void A_long_short_top_k_package_in_live_mode_stops_start_up_naming_both_fields()
    {
        var path = Package(longShort: true, allowShort: true);
        var ex = Refused("--mode", "live", "--strategy", path);
        Assert.Contains("construction.topK.longShort", ex.Message, StringComparison.Ordinal);
        Assert.Contains("risk.allowShort", ex.Message, StringComparison.Ordinal);
        Assert.Contains("spot account", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_k_package_without_its_section_is_long_short_by_default_and_refused_in_live_mode()
    {
        var ex = Refused("--mode", "live", "--strategy", Package(longShort: false, allowShort: false, topKSection: false));
        Assert.Contains("construction.topK.longShort", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("risk.allowShort", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allow_short_alone_in_live_mode_stops_start_up_naming_it()
    {
        var ex = Refused("--mode", "live", "--strategy", Package(longShort: false, allowShort: true));
        Assert.Contains("risk.allowShort", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("construction.topK.longShort", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BotMode.Live, false, false, 0)]
    [InlineData(BotMode.Paper, true, true, 0)]
    [InlineData(BotMode.Replay, true, true, 0)]
    [InlineData(BotMode.Live, true, true, 2)]
    public void Only_live_mode_refuses_shorts(BotMode mode, bool longShort, bool allowShort, int expected)
    {
        var options = new BotOptions { Mode = mode };
        var (strategy, errors) = PackageStrategies.Load(options, Package(longShort, allowShort));
        Assert.True(strategy is not null, string.Join("; ", errors));
        Assert.Equal(expected, LiveShorts.Check(options, strategy).Count);
    }
}
