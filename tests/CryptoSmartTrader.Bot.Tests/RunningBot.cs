using CryptoSmartTrader.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Bot.Tests;

/// <summary>A real bot host on a loopback port with an in-memory job store, for API and browser tests.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    public const string Token = "test-token-0123456789abcdef";

    private readonly WebApplication _app;

    private RunningBot(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        // Every /api/* call needs the token once one is configured, as the status page sends it; Anonymous sends none.
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        Anonymous = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };
    }

    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public HttpClient Anonymous { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<RunningBot> StartAsync(string[]? extraArgs = null, Action<IServiceCollection>? services = null)
    {
        // A private store and no dataset by default, so API tests never replay real data into a shared file in the background.
        var db = Path.Combine(Directory.CreateTempSubdirectory("cst-bot-test-").FullName, "cst.db");
        string[] args = ["--port", "0", "--job-store", "memory", "--Bot:ApiToken", Token, "--Bot:Schedules:Heartbeat", "0/1 * * * * ?",
            "--db", db, "--datasets", Path.Combine(Path.GetTempPath(), "cst-no-datasets-here"), "--Bot:MarketData:Source", "Replay", .. extraArgs ?? []];
        var app = BotHost.Build(args, services);
        await app.StartAsync();
        return new RunningBot(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
