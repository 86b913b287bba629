using System.Globalization;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Features;

/// <summary>
/// <c>cst features --set xsection --universe …</c>: the cross-sectional ranks are registered by name (with a universe),
/// checked against an independent rank of 24-bar momentum; <c>--set all</c> keeps its columns.
/// </summary>
public sealed class FeaturesXsectionTests : IDisposable
{
    private const long Hour = 3_600_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-features-xsection-").FullName;

    private static string Source => SharedDatasets.PathOf("candles", "binance_spot_1h");

    private string Out => Path.Combine(_dir, "features.csv");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Xsection_with_a_universe_writes_the_ranks_matching_an_independent_momentum_rank()
    {
        string[] members = ["ETH", "BTC", "BNB", "LTC"];
        var result = await CliRunner.RunAsync("features", "--symbol", "ETH/USDT", "--set", "xsection", "--universe", "BTC/USDT,BNB/USDT,LTC/USDT",
            "--source", Source, "--from", "2023-02-01", "--to", "2023-02-05", "--out", Out);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("(xsection) across a 3-symbol universe", result.Out);

        var lines = File.ReadAllLines(Out);
        var header = lines[0].Split(',');
        Assert.Equal(["open_time_ms", "close_time_ms", .. new CrossSectionalFactors().Columns], header);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(96, rows.Count);

        // Independent: ETH's average-tie rank of ln(close / close 24 bars earlier) among the four, scaled to [0, 1].
        var closes = members.ToDictionary(m => m, m => CrossSectionReference.ClosesByCloseTime(SharedCandles.BinanceHourly(m)));
        var rank = Array.IndexOf(header, "xs_rank_mom_24");
        var count = Array.IndexOf(header, "xs_members");
        foreach (var row in rows)
        {
            var close = long.Parse(row[1], CultureInfo.InvariantCulture);
            var mom = members.Select(m => Math.Log(closes[m][close] / closes[m][close - 24 * Hour])).ToArray();
            var expected = (mom.Count(v => v < mom[0]) + (mom.Count(v => v == mom[0]) - 1) / 2.0) / (members.Length - 1);
            Assert.Equal("4", row[count]);
            Assert.Equal(expected, double.Parse(row[rank], CultureInfo.InvariantCulture), 12);
        }
    }

    [Fact]
    public async Task Xsection_without_a_universe_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("features", "--symbol", "ETH/USDT", "--set", "xsection", "--source", Source, "--out", Out);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--set xsection needs --universe SYM,SYM", result.Error);
    }

    [Fact]
    public async Task All_with_a_universe_keeps_its_columns_without_xsection()
    {
        var result = await CliRunner.RunAsync("features", "--symbol", "ETH/USDT", "--set", "all", "--universe", "BTC/USDT,BNB/USDT,LTC/USDT",
            "--source", Source, "--from", "2023-02-01", "--to", "2023-02-02", "--out", Out);
        Assert.True(result.ExitCode == 0, result.Error);
        var header = File.ReadAllLines(Out)[0].Split(',');
        Assert.Equal([.. FeatureSetRegistry.CreateDefault().AllSets.SelectMany(s => s.Columns), .. new CrossCoinFeatures().Columns], header[2..]);
        Assert.DoesNotContain(header, c => c.StartsWith("xs_", StringComparison.Ordinal));
    }
}
