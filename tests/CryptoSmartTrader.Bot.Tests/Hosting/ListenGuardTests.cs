using CryptoSmartTrader.Bot.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Bot.Tests.Hosting;

/// <summary>
/// Issue 19 item 3: <c>--Kestrel:Endpoints:x:Url http://0.0.0.0:5184</c> (or <c>Kestrel__…</c> in the environment) listened on
/// all interfaces with no token. Every listening address now comes from Bot:BindAddress/Bot:Port, validated.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class ListenGuardTests
{
    private static readonly string[] Common = ["--port", "0", "--job-store", "memory", "--datasets", Path.Combine(Path.GetTempPath(), "cst-no-datasets-here")];

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://127.0.0.1:0")]
    public void Kestrel_endpoints_on_the_command_line_are_refused(string url)
    {
        var ex = Assert.Throws<BotConfigurationException>(() => BotHost.Build([.. Common, "--db", TempDb(), "--Kestrel:Endpoints:x:Url", url]));
        Assert.Contains(ex.Errors, e => e.StartsWith("Kestrel:Endpoints:x is set", StringComparison.Ordinal) && e.Contains("--bind", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kestrel__Endpoints__sneaky__Url")]
    [InlineData("CST_Kestrel__Endpoints__sneaky__Url")]
    public void Kestrel_endpoints_from_the_environment_are_refused(string variable)
    {
        Environment.SetEnvironmentVariable(variable, "http://0.0.0.0:0");
        try
        {
            var ex = Assert.Throws<BotConfigurationException>(() => BotHost.Build([.. Common, "--db", TempDb()]));
            Assert.Contains(ex.Errors, e => e.StartsWith("Kestrel:Endpoints:sneaky is set", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task A_listener_added_by_any_other_channel_fails_the_start()
    {
        // Code-configured Kestrel listeners override UseUrls just as configuration does; the check after start catches them.
        await using var app = BotHost.Build([.. Common, "--db", TempDb()], s => s.Configure<KestrelServerOptions>(k => k.ListenAnyIP(0)));

        var ex = await Assert.ThrowsAsync<BotConfigurationException>(() => app.StartAsync());

        Assert.Contains("which is not Bot:BindAddress 127.0.0.1", ex.Message, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("127.0.0.1", 5080, "http://127.0.0.1:5080", true)]
    [InlineData("localhost", 5080, "http://[::1]:5080", true)]
    [InlineData("127.0.0.1", 0, "http://127.0.0.1:43121", true)]
    [InlineData("127.0.0.1", 5080, "http://127.0.0.1:5081", false)]
    [InlineData("127.0.0.1", 5080, "http://0.0.0.0:5080", false)]
    [InlineData("127.0.0.1", 5080, "http://[::]:5080", false)]
    [InlineData("127.0.0.1", 5080, "http://+:5080", false)]
    [InlineData("10.0.0.5", 5080, "http://10.0.0.5:5080", true)]
    [InlineData("10.0.0.5", 5080, "http://127.0.0.1:5080", false)]
    public void Bound_address_must_be_the_validated_setting(string bind, int port, string bound, bool allowed)
    {
        var options = new BotOptions { BindAddress = bind, Port = port, ApiToken = "0123456789abcdef0123" };
        Assert.Equal(allowed, ListenGuard.Unexpected([bound], options).Count == 0);
    }

    private static string TempDb() => Path.Combine(Directory.CreateTempSubdirectory("cst-bot-listen-").FullName, "cst.db");
}

/// <summary>Tests that change process-wide environment variables run alone, so no other bot built in parallel sees them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
