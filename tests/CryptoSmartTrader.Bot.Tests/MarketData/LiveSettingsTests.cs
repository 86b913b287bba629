using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Bot.MarketData;

namespace CryptoSmartTrader.Bot.Tests.MarketData;

/// <summary>Bad live-data and live-trading settings are refused at start-up, each naming the setting and what was expected.</summary>
public sealed class LiveSettingsTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(new MarketDataOptions().Validate());
        Assert.Empty(new LiveOptions().Validate());
    }

    [Fact]
    public void Market_data_settings_out_of_range_are_named()
    {
        var errors = new MarketDataOptions { ProbeTimeout = TimeSpan.Zero, Retries = -1, WarmupBars = -5, BarsAfterGap = 0, RestBaseUrl = new Uri("ftp://mirror/") }.Validate();
        Assert.Contains(errors, e => e.StartsWith("Bot:MarketData:ProbeTimeout must be > 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:MarketData:Retries must be >= 0, got -1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:MarketData:WarmupBars must be >= 0, got -5", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:MarketData:BarsAfterGap must be >= 1, got 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:MarketData:RestBaseUrl must be an absolute http(s) URL, got 'ftp://mirror/'", StringComparison.Ordinal));
    }

    [Fact]
    public void Live_settings_out_of_range_are_named()
    {
        var errors = new LiveOptions { CallTimeout = TimeSpan.Zero, UnknownOrderGrace = TimeSpan.FromSeconds(-1), TradeLookback = TimeSpan.FromSeconds(-1) }.Validate();
        Assert.Contains(errors, e => e.StartsWith("Bot:Live:CallTimeout must be > 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:Live:UnknownOrderGrace must be > 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Bot:Live:TradeLookback must be >= 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_refuses_to_start_with_invalid_feed_settings()
    {
        var ex = Assert.Throws<BotConfigurationException>(() => BotHost.Build(["--port", "0", "--job-store", "memory", "--Bot:MarketData:BarsAfterGap", "0",
            "--Bot:Live:CallTimeout", "00:00:00"]));
        Assert.Contains("Bot:MarketData:BarsAfterGap", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:Live:CallTimeout", ex.Message, StringComparison.Ordinal);
    }
}
