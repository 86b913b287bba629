using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Backtesting.Tests.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Backtesting.Tests.Results;

public sealed class ResultsWriterTests
{
    [Fact]
    public async Task Writes_the_documented_files_consistently()
    {
        var series = new[] { SyntheticCandles.RandomWalk(400, seed: 7, sigma: 0.02, symbol: new Symbol("AAA", "USDT")) };
        var options = new BacktestOptions { From = SyntheticCandles.DefaultStart.AddHours(50), To = SyntheticCandles.DefaultStart.AddHours(400) };
        var result = BacktestRunner.Run(series, TestBlueprints.SmaCross(), options, TestBlueprints.Settings(series, options));
        var dir = Path.Combine(Path.GetTempPath(), "cst-bt-" + Guid.NewGuid().ToString("N"));
        try
        {
            await ResultsWriter.WriteAsync(result, dir);
            foreach (var f in new[] { "result.json", "equity.csv", "trades.csv", "orders.csv", "fills.csv", "decisions.csv" })
            {
                Assert.True(File.Exists(Path.Combine(dir, f)), f);
            }

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "result.json")));
            var root = json.RootElement;
            Assert.Equal(ResultsWriter.FormatId, root.GetProperty("format").GetString());
            Assert.Equal(result.OrderListHash, root.GetProperty("orderListHash").GetString());
            Assert.Equal(result.Orders.Count, root.GetProperty("counts").GetProperty("orders").GetInt32());
            Assert.Equal("AAA/USDT", root.GetProperty("settings").GetProperty("symbols")[0].GetString());

            var equity = await File.ReadAllLinesAsync(Path.Combine(dir, "equity.csv"));
            Assert.Equal("time,equity,gross_exposure,net_exposure,drawdown,benchmark_equity", equity[0]);
            Assert.Equal(result.Equity.Count + 1, equity.Length);
            var lastEquity = decimal.Parse(equity[^1].Split(',')[1], CultureInfo.InvariantCulture);
            Assert.Equal(root.GetProperty("metrics").GetProperty("finalEquity").GetDecimal(), lastEquity);

            var trades = await File.ReadAllLinesAsync(Path.Combine(dir, "trades.csv"));
            Assert.Equal(result.Trades.Count + 1, trades.Length);
            var netSum = trades.Skip(1).Sum(l => decimal.Parse(l.Split(',')[9], CultureInfo.InvariantCulture));
            Assert.Equal(result.Trades.Sum(t => t.NetPnl), netSum);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
