using CryptoSmartTrader.Bot.Engine;
using System.Text;
using System.Text.Json;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>
/// The whole bot against a loopback Binance (klines from the real shared BTC/USDT 1h file), on a clock that jumps from
/// one candle close to the next: live mode with a planted key, paper mode on live candles, a feed gap, and the fallbacks.
/// </summary>
public sealed class LiveBotTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 30, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-live-bot-").FullName;
    private readonly CapturingLoggerProvider _logs = new();
    private LoopbackServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        File.WriteAllText(Strategy, """{"symbols": ["BTC/USDT"], "sma": {"fast": 2, "slow": 5}}""");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string Strategy => Path.Combine(_dir, "strategy.json");
    private string Db => Path.Combine(_dir, "cst.db");

    private Task<RunningBot> StartBot(string mode, params string[] extra) => RunningBot.StartAsync(
        ["--mode", mode, "--db", Db, "--strategy", Strategy, "--Bot:MarketData:RestBaseUrl", _server.BaseUrl.ToString(), "--Bot:MarketData:Source", "Auto",
            "--Bot:MarketData:SettleDelay", "00:00:00", "--Bot:MarketData:WarmupBars", "50", "--Logging:LogLevel:Default", "Trace", .. extra],
        s =>
        {
            s.AddSingleton<TimeProvider>(new JumpingTimeProvider(Start, TimeSpan.FromMinutes(10)));
            s.AddSingleton<ILoggerProvider>(_logs);
        });

    // A secrets file outside the repository (a temp folder), as an operator would keep it.
    private string PlantSecretsFile()
    {
        var path = Path.Combine(_dir, "secrets.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { binance = new { apiKey = LiveTestAccounts.PlantedKey, apiSecret = LiveTestAccounts.PlantedSecret } }));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    private static async Task<JsonElement> Get(RunningBot bot, string path) => JsonDocument.Parse(await bot.Http.GetStringAsync(path)).RootElement.Clone();

    private static async Task<List<DateTimeOffset>> EquityTimes(RunningBot bot) =>
        (await Get(bot, "/api/equity")).EnumerateArray().Select(e => e.GetProperty("time").GetDateTimeOffset()).ToList();

    private static async Task<List<string>> Notices(RunningBot bot) =>
        (await Get(bot, "/api/overview")).GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList();

    [Fact]
    public async Task Live_mode_trades_through_the_exchange_and_the_planted_key_reaches_no_log_line_and_no_database_byte()
    {
        var secrets = PlantSecretsFile();
        var exchange = new LoopbackBinance(_server);
        var bot = await StartBot("Live", "--Bot:Live:SecretsFile", secrets, "--Bot:Live:RestBaseUrl", _server.BaseUrl.ToString());
        try
        {
            await Waiting.For(async () =>
            {
                var o = await Get(bot, "/api/overview");
                return o.GetProperty("fills").GetInt64() >= 2 && o.GetProperty("rejects").GetInt64() >= 1 && (await EquityTimes(bot)).Count >= 5;
            }, "live mode never filled two orders and met a reject");

            var overview = await Get(bot, "/api/overview");
            Assert.Equal(("LIVE", "LIVE"), (overview.GetProperty("mode").GetString(), overview.GetProperty("dataSource").GetString()));
            Assert.Contains((await Get(bot, "/api/decisions")).EnumerateArray(), d => d.GetProperty("action").GetString() == "OrderRejected"
                && d.GetProperty("details").GetString()!.Contains("insufficient balance", StringComparison.Ordinal));
            Assert.True(exchange.KeyedRequests > 0, "the planted key was never sent to the exchange, so the scan would prove nothing");
            var audit = await bot.Services.GetRequiredService<CrashRecovery>().ReconcileAsync(CancellationToken.None);
            Assert.StartsWith("reconcile with binance: USDT 10000.00000000 at the venue", audit, StringComparison.Ordinal);
            AssertNoSecret("while running");
        }
        finally
        {
            await bot.DisposeAsync();
        }

        AssertNoSecret("after shutdown");
        Assert.Contains(_logs.Lines, l => l.Contains("private call failed", StringComparison.Ordinal)); // the reject's error path was logged
    }

    [Fact]
    public async Task An_order_of_unknown_outcome_halts_trading_with_VenueHold_alerts_and_resumes_when_the_venue_answers()
    {
        var secrets = PlantSecretsFile();
        var exchange = new LoopbackBinance(_server, cutSecondPlacement: true);
        // The cut-off placement is resolved by queries the venue answers with 503; each venue call may take 2 s here. With
        // the default limit (2 min) the account's own query loop (30 queries) held the step for half a minute or more,
        // which is why the bot seemed not to step after the cut-off POST.
        await using var bot = await StartBot("Live", "--Bot:Live:SecretsFile", secrets, "--Bot:Live:RestBaseUrl", _server.BaseUrl.ToString(),
            "--Bot:Live:CallTimeout", "00:00:02");
        await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("haltCode").GetString() == "VenueHold", "the live venue never held", 120);

        var overview = await Get(bot, "/api/overview");
        Assert.Equal("Halted", overview.GetProperty("tradingState").GetString());
        Assert.False(overview.GetProperty("killSwitch").GetBoolean()); // not the operator's latch: it ends when the venue answers
        var reason = overview.GetProperty("killSwitchReason").GetString()!;
        Assert.Contains($"the outcome of order {exchange.CutOrderId}", reason, StringComparison.Ordinal);
        Assert.Contains("trading resumes by itself at the first bar close where the venue answers", reason, StringComparison.Ordinal);
        var alert = Assert.Single((await Get(bot, "/api/alerts")).EnumerateArray(), a => a.GetProperty("kind").GetString() == "KillSwitch");
        Assert.Equal("Critical", alert.GetProperty("severity").GetString());
        Assert.Contains("(VenueHold)", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(exchange.CutOrderId!, alert.GetProperty("message").GetString(), StringComparison.Ordinal);

        // Held, the bot still steps at each close, sends nothing and never resends the cut-off order.
        var steps = (await EquityTimes(bot)).Count;
        await Waiting.For(async () => (await EquityTimes(bot)).Count >= steps + 3, "the bot stopped stepping while the venue held", 120);
        Assert.Equal(2, exchange.Posts);
        Assert.Equal("VenueHold", (await Get(bot, "/api/overview")).GetProperty("haltCode").GetString());

        exchange.Answering = true;
        await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("haltCode").ValueKind == JsonValueKind.Null, "the hold never ended", 120);
        Assert.Contains((await Get(bot, "/api/alerts")).EnumerateArray(), a => a.GetProperty("kind").GetString() == "KillSwitch"
            && a.GetProperty("message").GetString()!.StartsWith("live venue hold released", StringComparison.Ordinal));
        Assert.Contains((await Get(bot, "/api/decisions")).EnumerateArray(), d => d.GetProperty("action").GetString() == "OrderFilled"
            && d.GetProperty("details").GetString()!.Contains(exchange.CutOrderId!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""["BTC/USTD"]""")] // the start-up probe's symbol
    [InlineData("""["BTC/USDT", "BTC/USTD"]""")] // found at warm-up
    public async Task A_symbol_the_venue_does_not_list_refuses_trading_and_is_never_replayed_instead(string symbols)
    {
        File.WriteAllText(Strategy, """{"symbols": """ + symbols + """, "sma": {"fast": 2, "slow": 5}}""");
        var exchange = new LoopbackBinance(_server);
        await using var bot = await StartBot("Paper");
        await Waiting.For(async () => (await Notices(bot)).Any(n => n.StartsWith("PAPER mode refused", StringComparison.Ordinal)), "no refusal notice");

        var refusal = (await Notices(bot)).Single(n => n.StartsWith("PAPER mode refused", StringComparison.Ordinal));
        Assert.Contains("binance did not serve BTC/USTD 1h candles", refusal, StringComparison.Ordinal);
        Assert.Contains("Invalid symbol", refusal, StringComparison.Ordinal);
        Assert.Contains("./cst data universe --exchange binance", refusal, StringComparison.Ordinal);
        var overview = await Get(bot, "/api/overview");
        Assert.Equal("Halted", overview.GetProperty("tradingState").GetString());
        Assert.NotEqual("REPLAY", overview.GetProperty("dataSource").GetString()); // a wrong symbol is not an outage: no fallback
        Assert.Empty(await EquityTimes(bot));
        Assert.Equal(0, exchange.Posts);
    }

    [Fact]
    public async Task Live_mode_runs_a_cooldown_package_with_manual_ladder_recovery_and_says_so()
    {
        // Issue 14: an unattended release after a crash with real money is not what a live operator expects.
        File.WriteAllText(Strategy, """{"symbols": ["BTC/USDT"], "sma": {"fast": 2, "slow": 5}, "risk": {"recovery": "cooldown"}}""");
        var secrets = PlantSecretsFile();
        _ = new LoopbackBinance(_server);
        await using var bot = await StartBot("Live", "--Bot:Live:SecretsFile", secrets, "--Bot:Live:RestBaseUrl", _server.BaseUrl.ToString());
        await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("ladderRecovery").GetString() is not null, "live mode never started its session");

        Assert.Equal("manual", (await Get(bot, "/api/overview")).GetProperty("ladderRecovery").GetString());
        Assert.Contains(await Notices(bot), n => n.StartsWith("LIVE mode: ladder recovery manual (the package says cooldown)", StringComparison.Ordinal)
            && n.Contains("POST /api/ladder/release", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.Contains("ladder recovery manual (the package says cooldown)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_venue_echoing_the_key_in_its_reject_leaks_it_to_no_log_no_database_and_no_api_response()
    {
        // Issue 19 item 4: the echoed key reached stdout, the /api/overview notice and bot_job_runs.
        var secrets = PlantSecretsFile();
        _ = new LoopbackBinance(_server, echoRequest: true);
        var bot = await StartBot("Live", "--Bot:Live:SecretsFile", secrets, "--Bot:Live:RestBaseUrl", _server.BaseUrl.ToString());
        try
        {
            await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("rejects").GetInt64() >= 1, "the echoing reject never came");

            var served = string.Join('\n', await Task.WhenAll(new[] { "/api/overview", "/api/decisions", "/api/alerts", "/api/jobs", "/api/orders" }
                .Select(p => bot.Http.GetStringAsync(p))));
            Assert.Contains("insufficient balance", served, StringComparison.Ordinal);
            Assert.Contains("X-MBX-APIKEY=***", served, StringComparison.Ordinal);
            Assert.DoesNotContain(LiveTestAccounts.PlantedKey, served, StringComparison.Ordinal);
            AssertNoSecret("while running");
        }
        finally
        {
            await bot.DisposeAsync();
        }

        AssertNoSecret("after shutdown");
    }

    private void AssertNoSecret(string when)
    {
        var lines = _logs.Lines.ToArray();
        Assert.NotEmpty(lines);
        var files = Directory.GetFiles(_dir).Where(f => Path.GetFileName(f).StartsWith("cst.db", StringComparison.Ordinal)).ToList();
        Assert.Contains(files, f => f.EndsWith("cst.db", StringComparison.Ordinal));
        foreach (var secret in new[] { LiveTestAccounts.PlantedKey, LiveTestAccounts.PlantedSecret })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
            foreach (var file in files)
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{when}: {Path.GetFileName(file)} holds a planted credential (UTF-8)");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)) < 0, $"{when}: {Path.GetFileName(file)} holds a planted credential (UTF-16)");
            }
        }
    }

    [Fact]
    public async Task Paper_mode_trades_on_live_closed_candles_stamped_at_their_close_and_sends_nothing()
    {
        var exchange = new LoopbackBinance(_server);
        await using var bot = await StartBot("Paper");
        await Waiting.For(async () => (await EquityTimes(bot)).Count >= 6, "paper mode never stepped on live candles");

        var times = await EquityTimes(bot);
        Assert.Equal(Start.AddMinutes(30), times[0]); // the first close after start, 01:00
        Assert.All(times.Zip(times.Skip(1)), p => Assert.Equal(TimeSpan.FromHours(1), p.Second - p.First));
        Assert.All(times, t => Assert.True(exchange.ServedCloses.ContainsKey(t), $"{t:O} is not the close of a served candle"));
        var overview = await Get(bot, "/api/overview");
        Assert.Equal(("PAPER", "LIVE"), (overview.GetProperty("mode").GetString(), overview.GetProperty("dataSource").GetString()));
        Assert.Equal(0, exchange.Posts);
    }

    [Fact]
    public async Task Shadow_mode_on_live_candles_records_predictions_and_sends_no_order()
    {
        var exchange = new LoopbackBinance(_server);
        await using var bot = await StartBot("Shadow");
        await Waiting.For(async () => (await EquityTimes(bot)).Count >= 6, "shadow mode never stepped on live candles");

        Assert.Equal("LIVE", (await Get(bot, "/api/overview")).GetProperty("dataSource").GetString());
        Assert.NotEmpty((await Get(bot, "/api/predictions")).EnumerateArray());
        Assert.DoesNotContain((await Get(bot, "/api/decisions")).EnumerateArray(), d => d.GetProperty("action").GetString() == "OrderSubmitted");
        Assert.Equal(0, exchange.Posts);
    }

    [Fact]
    public async Task A_missing_candle_is_reported_never_filled_and_blocks_the_symbol()
    {
        var gapOpen = Start.AddMinutes(90); // the bar 02:00-03:00 never comes
        var exchange = new LoopbackBinance(_server, missingOpens: new HashSet<DateTimeOffset> { gapOpen });
        await using var bot = await StartBot("Paper", "--Bot:MarketData:Retries", "1", "--Bot:MarketData:RetryDelay", "00:00:00.010");
        await Waiting.For(async () => (await EquityTimes(bot)).Any(t => t >= gapOpen.AddHours(4)), "the feed never got past the gap");

        var times = await EquityTimes(bot);
        Assert.DoesNotContain(gapOpen.AddHours(1), times);
        Assert.Contains(gapOpen.AddHours(2), times);
        var alerts = (await Get(bot, "/api/alerts")).EnumerateArray().ToList();
        Assert.Contains(alerts, a => a.GetProperty("kind").GetString() == "DataQualityBlock"
            && a.GetProperty("message").GetString()!.Contains("missing bar opening 2024-03-01T02:00Z", StringComparison.Ordinal)
            && a.GetProperty("message").GetString()!.Contains("not filled, trading blocked until 2024-03-02T03:00Z", StringComparison.Ordinal));
        // While blocked the kernel gets an untradable verdict: exits may reduce exposure, no entry may add to it.
        var session = bot.Services.GetRequiredService<BotRuntime>().Session!;
        var verdict = session.VerdictOverride!(0, gapOpen.AddHours(2));
        Assert.False(verdict!.Tradable);
        Assert.Null(session.VerdictOverride(0, gapOpen.AddHours(25)));
        var entries = (await Get(bot, "/api/decisions")).EnumerateArray()
            .Where(d => d.GetProperty("time").GetDateTimeOffset() is var t && t > gapOpen && t < gapOpen.AddHours(25))
            .Where(d => d.GetProperty("action").GetString() == "OrderSubmitted" && d.GetProperty("reason").GetString() == "SignalEntry");
        Assert.Empty(entries);
        Assert.Contains(_logs.Lines, l => l.Contains("feed gap", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paper_mode_replays_the_local_dataset_when_the_exchange_is_unreachable_and_says_why()
    {
        var dead = await LoopbackServer.StartAsync();
        var deadUrl = dead.BaseUrl.ToString();
        await dead.DisposeAsync();
        var data = new ReplayDataset(60);
        await using var bot = await RunningBot.StartAsync(["--mode", "Paper", "--db", data.Db, "--datasets", data.Datasets, "--speed", "5000",
            "--Bot:MarketData:Source", "Auto", "--Bot:MarketData:RestBaseUrl", deadUrl], s => s.AddSingleton<ILoggerProvider>(_logs));
        await Waiting.For(async () => (await Notices(bot)).Any(n => n.StartsWith("REPLAY: no live market data", StringComparison.Ordinal)), "no REPLAY notice");

        var overview = await Get(bot, "/api/overview");
        Assert.Equal(("PAPER", "REPLAY"), (overview.GetProperty("mode").GetString(), overview.GetProperty("dataSource").GetString()));
        Assert.Contains((await Notices(bot)), n => n.Contains("binance did not serve BTC/USDT 1h candles", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, l => l.Contains("REPLAY: no live market data", StringComparison.Ordinal));
        await Waiting.For(async () => (await EquityTimes(bot)).Count > 0, "the replay never started");
    }

    [Fact]
    public async Task Live_mode_refuses_a_key_that_can_withdraw_and_sends_no_order()
    {
        var secrets = PlantSecretsFile();
        var exchange = new LoopbackBinance(_server, withdrawEnabled: true);
        await using var bot = await StartBot("Live", "--Bot:Live:SecretsFile", secrets, "--Bot:Live:RestBaseUrl", _server.BaseUrl.ToString());
        await Waiting.For(async () => (await Notices(bot)).Any(n => n.Contains("withdrawal permission", StringComparison.Ordinal)), "no refusal notice");

        Assert.Equal("Halted", (await Get(bot, "/api/overview")).GetProperty("tradingState").GetString());
        Assert.Equal(0, exchange.Posts);
        Assert.Empty(await EquityTimes(bot));
    }
}
