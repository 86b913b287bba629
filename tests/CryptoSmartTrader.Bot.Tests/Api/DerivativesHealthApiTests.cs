using System.Text.Json;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Bot.Tests.Api;

/// <summary>Derivatives coverage of the strategy's symbols on /api/derivatives-health, read from the bot's market store.</summary>
public sealed class DerivativesHealthApiTests
{
    private static readonly Symbol Btc = Symbol.Parse("BTC/USDT");

    [Fact]
    public async Task Api_shows_newest_funding_and_open_interest_gaps_staleness_and_says_when_a_symbol_has_none()
    {
        // Synthetic derivatives values (test data, not market data) for BTC/USDT only: 8-hourly funding in Jan 2024 with the
        // 16:00 event of Jan 2 left out, and hourly open interest; ETH/USDT (the other configured symbol) gets nothing.
        var db = Path.Combine(Directory.CreateTempSubdirectory("cst-bot-deriv-").FullName, "cst.db");
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var funding = Enumerable.Range(0, 9).Where(i => i != 5).Select(i => new FundingRate(t0.AddHours(8 * i), 0.0001m)).ToList();
        var oi = Enumerable.Range(1, 24).Select(i => new OpenInterest(t0.AddHours(i), 1000m + i)).ToList();
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            Assert.False(store.Derivatives.SaveFunding(new DerivativesSeriesKey(Exchange.Binance, Btc, DerivativesKind.Funding, null), funding).Rejected);
            Assert.False(store.Derivatives.SaveOpenInterest(new DerivativesSeriesKey(Exchange.Binance, Btc, DerivativesKind.OpenInterest, Timeframe.Parse("1h")), oi).Rejected);
        }

        await using var bot = await RunningBot.StartAsync(["--db", db]);
        JsonElement rows = default;
        await Waiting.For(async () =>
        {
            rows = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/derivatives-health")).RootElement.Clone();
            return rows.GetArrayLength() == 2;
        }, "the data-health job never published derivatives coverage");

        var btc = rows.EnumerateArray().Single(r => r.GetProperty("symbol").GetString() == "BTC/USDT");
        Assert.Equal(t0.AddHours(64), btc.GetProperty("fundingLastKnown").GetDateTimeOffset());
        Assert.Equal(t0.AddHours(24), btc.GetProperty("openInterestLastKnown").GetDateTimeOffset());
        Assert.Equal(1, btc.GetProperty("missing").GetInt64());
        // The values are from 2024, so against the bot's clock both series are stale as well as gapped.
        Assert.Equal("gaps, stale", btc.GetProperty("status").GetString());
        Assert.Contains(btc.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("funding event: 1 gaps, 1 values missing (first after 2024-01-02 08:00Z)", StringComparison.Ordinal));
        Assert.Equal(2, btc.GetProperty("series").GetArrayLength());

        var eth = rows.EnumerateArray().Single(r => r.GetProperty("symbol").GetString() == "ETH/USDT");
        Assert.Equal(DerivativesHealth.NoData, eth.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, eth.GetProperty("fundingLastKnown").ValueKind);
        Assert.Contains("cst data download --kind funding", eth.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, eth.GetProperty("series").GetArrayLength());
    }

    [Fact]
    public void Fresh_complete_series_are_ok_and_a_missing_store_is_no_data()
    {
        var now = new DateTimeOffset(2026, 3, 1, 5, 0, 0, TimeSpan.Zero);
        var key = new DerivativesSeriesKey(Exchange.Binance, Btc, DerivativesKind.Funding, null);
        // Newest funding at 00:00, five hours before now: within two 8-hour spacings, so not stale; no gaps.
        var fresh = new DerivativesCoverage(key, 10, now.AddHours(-77), now.AddHours(-5), TimeSpan.FromHours(8), []);
        var view = DerivativesHealth.Of(Exchange.Binance, Btc, [fresh], now);
        Assert.Equal(("ok", 0), (view.Status, view.Reasons.Count));
        Assert.Equal(now.AddHours(-5), view.FundingLastKnown);

        var stale = DerivativesHealth.Of(Exchange.Binance, Btc, [fresh with { LastKnown = now.AddHours(-17) }], now);
        Assert.Equal("stale", stale.Status);

        var none = DerivativesHealth.Read(Path.Combine(Path.GetTempPath(), "cst-no-such-store", "cst.db"), Exchange.Binance, [Btc], now);
        Assert.Equal(DerivativesHealth.NoData, Assert.Single(none).Status);
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "cst-no-such-store")), "reading health must not create a store");
    }
}
