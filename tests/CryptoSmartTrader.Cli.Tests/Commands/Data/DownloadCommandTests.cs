using System.Text.Json;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Cli.Tests.Commands.Data;

/// <summary><c>cst data download</c> against a loopback exchange serving recorded Binance klines.</summary>
public sealed class DownloadCommandTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-download-").FullName;

    private string Db => Path.Combine(_dir, "cst.db");

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // 2017-07-20: the recorded weekly bar (opening Monday 2017-07-03) is closed; the week of 07-17 is still open.
        var clock = new ManualTimeProvider(new DateTimeOffset(2017, 7, 20, 0, 0, 0, TimeSpan.Zero));
        var code = await CliApp.RunAsync(args, stdout, stderr, clock);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string[] Args(params string[] extra) =>
    [
        "data", "download", "--exchange", "binance", "--symbols", "ETH/BTC", "--timeframe", "1w", "--since", "2017-07-03",
        "--base-url", _server.BaseUrl.ToString(), "--db", Db, .. extra,
    ];

    [Fact]
    public async Task Downloads_into_the_store_then_resumes_after_the_last_stored_bar()
    {
        _server.MapRecorded("Binance/Endpoints/Spot/ExchangeData/GetKlines.txt");

        var first = await Run(Args("--json"));
        Assert.True(first.Code == 0, first.Err);
        var series = JsonDocument.Parse(first.Out).RootElement.GetProperty("series")[0];
        Assert.Equal("ETH/BTC", series.GetProperty("symbol").GetString());
        Assert.Equal(1, series.GetProperty("inserted").GetInt32());
        Assert.Contains("startTime=1499040000000", _server.Requests.Single());

        var second = await Run(Args("--json"));
        Assert.True(second.Code == 0, second.Err);
        var again = JsonDocument.Parse(second.Out).RootElement.GetProperty("series")[0];
        Assert.Equal(0, again.GetProperty("inserted").GetInt32());
        // Resumed where the stored bar closes (2017-07-10), not from --since.
        Assert.Contains("startTime=1499644800000", _server.Requests.Last());
    }

    [Fact]
    public async Task Venue_error_fails_with_the_exchange_message()
    {
        _server.MapJson("/api/v3/klines", """{"code":-1121,"msg":"Invalid symbol."}""", 400);
        var result = await Run(Args());

        Assert.Equal(1, result.Code);
        Assert.Contains("Invalid symbol.", result.Err);
    }

    [Theory]
    [InlineData("--exchange", "bitstamp", "--exchange")]
    [InlineData("--symbols", "BTCUSDT", "--symbols")]
    [InlineData("--timeframe", "1M", "--timeframe")]
    [InlineData("--base-url", "not a url", "--base-url")]
    public async Task Bad_arguments_are_usage_errors(string option, string value, string named)
    {
        var args = Args().ToList();
        args[args.IndexOf(option) + 1] = value;
        var result = await Run([.. args]);

        Assert.Equal(2, result.Code);
        Assert.Contains(named, result.Err);
    }
}
