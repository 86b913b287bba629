using System.Text.Json;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Cli.Tests.Commands.Data;

/// <summary><c>cst data universe</c> against a loopback exchange.</summary>
public sealed class UniverseCommandTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--base-url", _server.BaseUrl.ToString()], stdout, stderr, new ManualTimeProvider());
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Kraken_recorded_pairs_and_ticker_give_btc_usd_with_vwap_quote_volume()
    {
        _server.MapRecorded("Kraken/Endpoints/Spot/ExchangeData/GetSymbols.txt");
        _server.MapRecorded("Kraken/Endpoints/Spot/ExchangeData/GetTicker.txt");

        var result = await Run("data", "universe", "--exchange", "kraken", "--quote", "USD", "--json");

        Assert.True(result.Code == 0, result.Err);
        var entry = JsonDocument.Parse(result.Out).RootElement.GetProperty("symbols").EnumerateArray().Single();
        Assert.Equal("BTC/USD", entry.GetProperty("symbol").GetString());
        Assert.Equal(4412.73601799m * 30689.13205m, entry.GetProperty("quoteVolume").GetDecimal());
    }

    [Fact]
    public async Task Ranks_by_quote_volume_and_drops_small_and_halted_pairs()
    {
        // KuCoin's recorded symbols (XLM-USDT, VET-USDT), with VET halted, and a ticker list covering both plus an unlisted pair.
        var symbols = RecordedPayload.Load("Kucoin/Endpoints/Spot/ExchangeData/GetSymbols.txt").Body;
        var vet = symbols.IndexOf("\"VET-USDT\"", StringComparison.Ordinal);
        symbols = symbols[..vet] + symbols[vet..].Replace("\"enableTrading\": true", "\"enableTrading\": false");
        _server.MapJson("/api/v2/symbols", symbols);
        _server.MapJson("/api/v1/market/allTickers", """
            {"code":"200000","data":{"time":1602832092060,"ticker":[
              {"symbol":"XLM-USDT","buy":"0.1","sell":"0.11","last":"0.1","vol":"1000","volValue":"100"},
              {"symbol":"VET-USDT","buy":"0.01","sell":"0.011","last":"0.01","vol":"900000","volValue":"9000"},
              {"symbol":"BTC-USDT","buy":"11328.9","sell":"11329","last":"11328.9","vol":"2282.7","volValue":"25984946.15"}]}}
            """);

        var all = await Run("data", "universe", "--exchange", "kucoin", "--quote", "USDT", "--json");
        Assert.True(all.Code == 0, all.Err);
        var symbolsOut = JsonDocument.Parse(all.Out).RootElement.GetProperty("symbols").EnumerateArray().Select(e => e.GetProperty("symbol").GetString()).ToList();
        Assert.Equal(["XLM/USDT"], symbolsOut); // VET halted, BTC not listed in the symbols payload

        var filtered = await Run("data", "universe", "--exchange", "kucoin", "--quote", "USDT", "--min-volume", "1000");
        Assert.Equal(0, filtered.Code);
        Assert.Contains("0 tradable symbols", filtered.Out);
    }

    [Fact]
    public async Task Negative_min_volume_is_a_usage_error()
    {
        var result = await Run("data", "universe", "--exchange", "htx", "--min-volume", "-5");
        Assert.Equal(2, result.Code);
        Assert.Contains("--min-volume", result.Err);
    }
}
