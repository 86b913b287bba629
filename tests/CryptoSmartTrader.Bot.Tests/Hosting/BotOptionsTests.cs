using Microsoft.Extensions.Configuration;
using CryptoSmartTrader.Bot.Hosting;

namespace CryptoSmartTrader.Bot.Tests.Hosting;

public sealed class BotOptionsTests
{
    [Fact]
    public void Loopback_without_token_is_fine()
    {
        Assert.Empty(new BotOptions().Validate());
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("::")]
    public void Any_other_binding_requires_a_token(string address)
    {
        var errors = new BotOptions { BindAddress = address }.Validate();
        Assert.Contains(errors, e => e.Contains("ApiToken", StringComparison.Ordinal) && e.Contains(address, StringComparison.Ordinal));
        Assert.Empty(new BotOptions { BindAddress = address, ApiToken = "0123456789abcdef0123" }.Validate());
    }

    [Fact]
    public void Rejects_short_tokens_bad_ports_and_empty_symbol_lists()
    {
        var errors = new BotOptions { ApiToken = "short", Port = 70000, Symbols = [], ReplaySpeed = 0 }.Validate();
        Assert.Contains(errors, e => e.Contains("at least 16", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Port", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Symbols", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("ReplaySpeed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_configured_symbol_list_replaces_the_default_instead_of_being_appended_to_it()
    {
        var appsettings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false).Build();
        var onlySol = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:Symbols:0"] = "SOL/USDT" }).Build();

        Assert.Equal(["BTC/USDT", "ETH/USDT"], BotOptions.From(appsettings).Symbols);
        Assert.Equal(["SOL/USDT"], BotOptions.From(onlySol).Symbols);
        Assert.Equal(["BTC/USDT", "ETH/USDT"], BotOptions.From(new ConfigurationBuilder().Build()).Symbols);
    }

    [Fact]
    public void Host_refuses_to_start_with_invalid_settings()
    {
        var ex = Assert.Throws<BotConfigurationException>(() => BotHost.Build(["--bind", "0.0.0.0", "--job-store", "memory"]));
        Assert.Contains("ApiToken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_rejects_an_invalid_cron_expression()
    {
        var ex = Assert.ThrowsAny<Exception>(() =>
        {
            using var app = BotHost.Build(["--port", "0", "--job-store", "memory", "--Bot:Schedules:Heartbeat", "every minute"]);
        });
        Assert.Contains("every minute", ex.ToString(), StringComparison.Ordinal);
    }
}
