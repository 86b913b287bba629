using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Cli.Tests.Commands.Strategies;

/// <summary>cst backtest writes the package of its run, and --package runs it again with the same orders (real Binance data).</summary>
public sealed class PackageBacktestTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-package-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string Out(string name) => Path.Combine(_dir, name);

    private static async Task<JsonElement> ResultAsync(string dir)
    {
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "result.json")));
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task The_package_of_a_run_reproduces_its_orders_and_carries_every_order_option()
    {
        var a = await CliRunner.RunAsync("backtest", "--symbols", "BTC/USDT,ETH/USDT", "--from", "2024-01-01", "--to", "2024-03-01",
            "--fast", "10", "--slow", "40", "--stop-loss", "2", "--slippage", "sqrt", "--latency", "250ms", "--source", SharedDatasets.RootPath, "--out", Out("a"), "--json");
        Assert.True(a.ExitCode == 0, a.Error);
        var loaded = StrategyPackageJson.Load(Path.Combine(Out("a"), "package.json"));
        Assert.True(loaded.Ok, loaded.Error);
        var p = loaded.Value!;
        Assert.Equal(2, p.Execution.StopLossPercent);
        Assert.Equal("sqrt", p.Venue.Slippage);
        Assert.Equal(250, p.Venue.LatencyMs);
        Assert.Equal((10, 40), (p.Alpha.Sma.Fast, p.Alpha.Sma.Slow));
        Assert.Equal(["BTC/USDT", "ETH/USDT"], p.Universe.Symbols);
        Assert.Equal(2, p.DataFingerprints.Count);
        Assert.All(p.DataFingerprints, f => Assert.Equal(64, f.Sha256.Length));

        var b = await CliRunner.RunAsync("backtest", "--package", Path.Combine(Out("a"), "package.json"), "--from", "2024-01-01", "--to", "2024-03-01",
            "--source", SharedDatasets.RootPath, "--out", Out("b"), "--json");
        Assert.True(b.ExitCode == 0, b.Error);
        var (ra, rb) = (await ResultAsync(Out("a")), await ResultAsync(Out("b")));
        Assert.True(ra.GetProperty("counts").GetProperty("orders").GetInt32() > 0);
        Assert.Equal(ra.GetProperty("orderListHash").GetString(), rb.GetProperty("orderListHash").GetString());
        Assert.Equal(ra.GetProperty("metrics").GetProperty("finalEquity").GetDecimal(), rb.GetProperty("metrics").GetProperty("finalEquity").GetDecimal());
        Assert.Equal("2", rb.GetProperty("settings").GetProperty("costs").GetProperty("stopLossPercent").GetString());
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(Out("a"), "package.json")), await File.ReadAllTextAsync(Path.Combine(Out("b"), "package.json")));
    }

    [Fact]
    public async Task A_model_package_pins_the_model_version_and_reproduces_its_orders()
    {
        var models = Out("models");
        var train = await CliRunner.RunAsync("train", "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframe", "1h", "--horizons", "1h",
            "--from", "2023-01-01", "--to", "2023-03-01", "--name", "pkg-linear", "--model-kind", "linear", "--stride", "12h",
            "--source", Path.Combine(SharedDatasets.RootPath, "candles", "binance_spot_1h"), "--models-dir", models, "--json");
        Assert.True(train.ExitCode == 0, train.Error);
        string[] period = ["--from", "2023-03-15", "--to", "2023-04-15", "--source", SharedDatasets.RootPath, "--models-dir", models, "--json"];
        var a = await CliRunner.RunAsync(["backtest", "--model", "pkg-linear", "--symbols", "BTC/USDT", .. period, "--out", Out("a")]);
        Assert.True(a.ExitCode == 0, a.Error);
        var package = StrategyPackageJson.Load(Path.Combine(Out("a"), "package.json")).Value!;
        Assert.Equal("models", package.Alpha.Kind);
        Assert.Equal("pkg-linear", package.Alpha.Models[0].Name);
        Assert.NotNull(package.Alpha.Models[0].Version);

        var b = await CliRunner.RunAsync(["backtest", "--package", Path.Combine(Out("a"), "package.json"), .. period, "--out", Out("b")]);
        Assert.True(b.ExitCode == 0, b.Error);
        Assert.Equal((await ResultAsync(Out("a"))).GetProperty("orderListHash").GetString(), (await ResultAsync(Out("b"))).GetProperty("orderListHash").GetString());

        package.Alpha.Models[0].Version = "1";
        await StrategyPackageJson.SaveAsync(package, Out("other-version.json"));
        var c = await CliRunner.RunAsync(["backtest", "--package", Out("other-version.json"), .. period, "--out", Out("c")]);
        Assert.Equal(1, c.ExitCode);
        Assert.Contains("alpha.models[0].version: expected 1 (the version the package was made with)", c.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_option_beside_a_package_is_refused_by_name()
    {
        var a = await CliRunner.RunAsync("backtest", "--symbols", "BTC/USDT", "--from", "2024-01-01", "--to", "2024-01-15", "--source", SharedDatasets.RootPath, "--out", Out("a"));
        Assert.True(a.ExitCode == 0, a.Error);
        var b = await CliRunner.RunAsync("backtest", "--package", Path.Combine(Out("a"), "package.json"), "--fast", "5", "--stop-loss", "3", "--from", "2024-01-01",
            "--to", "2024-01-15", "--source", SharedDatasets.RootPath, "--out", Out("b"));
        Assert.Equal(2, b.ExitCode);
        Assert.Contains("--package: the package decides orders; drop --fast, --stop-loss", b.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_package_file_is_refused_naming_the_field()
    {
        Directory.CreateDirectory(_dir);
        var file = Out("bad.json");
        await File.WriteAllTextAsync(file, """{ "schemaVersion": 1, "universe": { "symbols": ["BTC/USDT"] }, "execution": { "stopLosPercent": 2 } }""");
        var r = await CliRunner.RunAsync("backtest", "--package", file, "--from", "2024-01-01", "--to", "2024-01-15", "--source", SharedDatasets.RootPath, "--out", Out("x"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("execution.stopLosPercent: unknown key; did you mean 'stopLossPercent'?", r.Error, StringComparison.Ordinal);
    }

    // Six majors, daily, 2018-2022: two crashes of more than 70 %. Under --recovery drawdown the ladder goes reduce-only at a
    // 15 % drawdown and the drawdown kill switch latches at 25 %, so the run stops trading after its first crash (and says
    // so); the research default, cooldown (30 days) written into package.json, releases it (recorded) and trades on to the end.
    [Fact]
    public async Task A_multi_year_backtest_trades_through_its_first_crash_by_default_and_says_when_drawdown_recovery_holds_it()
    {
        string[] common = ["backtest", "--symbols", "BTC/USDT,ETH/USDT,BNB/USDT,XRP/USDT,LTC/USDT,ADA/USDT", "--timeframe", "1d", "--from", "2018-01-15", "--to", "2022-10-01", "--warmup", "60",
            "--fast", "10", "--slow", "30", "--source", SharedDatasets.RootPath, "--json"];
        var stuck = await CliRunner.RunAsync([.. common, "--recovery", "drawdown", "--out", Out("drawdown")]);
        var through = await CliRunner.RunAsync([.. common, "--out", Out("default")]);
        Assert.True(stuck.ExitCode == 0, stuck.Error);
        Assert.True(through.ExitCode == 0, through.Error);
        var (rs, rt) = (await ResultAsync(Out("drawdown")), await ResultAsync(Out("default")));
        Assert.Empty(rs.GetProperty("ladder").GetProperty("releases").EnumerateArray());
        Assert.Equal(39, rs.GetProperty("counts").GetProperty("orders").GetInt32());
        var held = rs.GetProperty("ladder").GetProperty("heldToEnd");
        Assert.Equal("drawdown", held.GetProperty("recovery").GetString());
        Assert.Matches(@"^ladder held \S.* from 2018-\d\d-\d\d to the end \(recovery: drawdown\)$", held.GetProperty("summary").GetString());
        Assert.Contains("cst backtest: " + held.GetProperty("summary").GetString(), stuck.Error, StringComparison.Ordinal);
        var report = await CliRunner.RunAsync("report", "backtest", Out("drawdown"), "--out", Out("drawdown.html"));
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.Contains(held.GetProperty("summary").GetString()!, await File.ReadAllTextAsync(Out("drawdown.html")), StringComparison.Ordinal);

        var releases = rt.GetProperty("ladder").GetProperty("releases").EnumerateArray().ToList();
        Assert.NotEmpty(releases);
        Assert.Contains("recovery cooldown", releases[0].GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.Equal("cooldown", rt.GetProperty("settings").GetProperty("risk").GetProperty("recovery").GetString());
        Assert.Equal("30", rt.GetProperty("settings").GetProperty("risk").GetProperty("recoveryCooldownDays").GetString());
        Assert.Contains("\"recovery\": \"cooldown\"", await File.ReadAllTextAsync(Path.Combine(Out("default"), "package.json")), StringComparison.Ordinal);
        // The second crash came under 30 days before the end: that restriction is reported, after the last release.
        if (rt.GetProperty("ladder").GetProperty("heldToEnd") is { ValueKind: JsonValueKind.Object } last)
        {
            Assert.True(DateTimeOffset.Parse(last.GetProperty("since").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > LastReleaseTime(releases));
            Assert.Contains(", release due ", last.GetProperty("summary").GetString(), StringComparison.Ordinal);
        }


        var lastStuck = LastOrderTime(Out("drawdown"));
        var lastThrough = LastOrderTime(Out("default"));
        var firstRelease = DateTimeOffset.Parse(releases[0].GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(lastStuck < firstRelease, $"drawdown run traded until {lastStuck:yyyy-MM-dd}, first release {firstRelease:yyyy-MM-dd}");
        Assert.True(lastThrough > firstRelease.AddDays(180), $"default run's last order {lastThrough:yyyy-MM-dd}, first release {firstRelease:yyyy-MM-dd}");
        Assert.True(rt.GetProperty("counts").GetProperty("orders").GetInt32() > rs.GetProperty("counts").GetProperty("orders").GetInt32());
    }

    private static DateTimeOffset LastReleaseTime(List<JsonElement> releases) =>
        releases.Select(r => DateTimeOffset.Parse(r.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).Max();

    private static DateTimeOffset LastOrderTime(string dir) =>
        File.ReadLines(Path.Combine(dir, "orders.csv")).Skip(1).Select(l => DateTimeOffset.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).Max();
}
