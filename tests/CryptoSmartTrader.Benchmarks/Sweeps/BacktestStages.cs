using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Benchmarks.Sweeps;

/// <summary>
/// Where the time of one backtest goes, stage by stage, in process: load (gzip + parse), drive (the kernel loop),
/// result (fills, trades, metrics, benchmark) and writing result.json. The anchor benchmark's setting: SMA 10/30,
/// fee 0.1 %, no slippage, kill switches and the drawdown ladder off so the run trades the whole series.
/// </summary>
internal static class BacktestStages
{
    public static int Run(string[] args)
    {
        var file = args.Length > 0 ? args[0] : "/tmp/anchorbench/data/1m/binance_spot_1h/BTC_USDT-1h.csv.gz";
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var k = 0; k < runs; k++)
        {
            var sw = Stopwatch.StartNew();
            var series = Load(file);
            var tLoad = sw.Elapsed.TotalSeconds;
            var blueprint = Blueprint();
            var from = DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[0]);
            var to = DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[^1]);
            var options = new BacktestOptions { From = from, To = to };
            sw.Restart();
            var session = BacktestRunner.Drive([series], blueprint, options);
            var tDrive = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var settings = new BacktestSettings("sma-cross(10,30)", Exchange.Binance, [series.Symbol], Timeframe.H1, from, to, 10_000m, "USDT", 0, false,
                new Dictionary<string, string>());
            var result = session.BuildResult(settings, BacktestRunner.Traded([series], options), options.Metrics);
            var tResult = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var json = ResultsWriter.ToJson(result);
            if (Environment.GetEnvironmentVariable("STAGES_DETAIL") == "1") Detail(session, [series], options);
            if (Environment.GetEnvironmentVariable("STAGES_DETAIL") == "1") Split(series, blueprint, options);
            var tJson = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"bars {series.Count:N0}: load {tLoad:F3} s, drive {tDrive:F3} s ({series.Count / tDrive / 1e6:F2} M bars/s), " +
                $"result {tResult:F3} s, json {tJson:F3} s; orders {result.Orders.Count}, hash {result.OrderListHash[..12]}, final {result.Metrics.FinalEquity:F2}");
        }

        return 0;
    }

    private static void Split(CandleSeries series, KernelBlueprint blueprint, BacktestOptions options)
    {
        var sw = Stopwatch.StartNew();
        BacktestRunner.Drive([series], blueprint, options, recordEquity: false);
        var noEquity = sw.Elapsed.TotalSeconds;
        var universe = BacktestRunner.UniverseOf([series]);
        var clock = new SimulatedClock(DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[0]));
        var session = new KernelSession(blueprint, universe, clock, [series]) { RecordEquity = false, Trading = true };
        var bars = new Bar[series.Count];
        for (var i = 0; i < bars.Length; i++) bars[i] = Bar.FromSeries(series, i);
        var times = bars.Select(b => DateTimeOffset.FromUnixTimeMilliseconds(b.CloseTimeMs)).ToArray();
        sw.Restart();
        for (var i = 0; i < bars.Length; i++)
        {
            clock.AdvanceTo(times[i]);
            session.BeginStep(times[i]);
            session.AddBar(0, bars[i]);
            session.EndStep();
        }

        var kernel = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"drive without equity points {noEquity:F3} s; bare session loop (prebuilt bars) {kernel:F3} s = {series.Count / kernel / 1e6:F2} M bars/s");
    }

    private static void Detail(KernelSession session, CandleSeries[] series, BacktestOptions options)
    {
        var sw = Stopwatch.StartNew();
        void T(string name) { Console.Write($"{name} {sw.Elapsed.TotalMilliseconds:F0} ms; "); sw.Restart(); }
        var fills = session.FillRecords(); T("fills");
        var trips = RoundTripBuilder.Build(fills); T("trips");
        var eq = session.Equity;
        var bench = CryptoSmartTrader.Backtesting.Metrics.BuyAndHold.Curve(BacktestRunner.Traded(series, options), eq.Select(e => e.Time).ToArray(), 10_000m); T("buyhold");
        var r = CryptoSmartTrader.Backtesting.Metrics.ReturnMetrics.SimpleReturns(eq); T("returns");
        CryptoSmartTrader.Backtesting.Metrics.DrawdownStats.Compute(eq); T("drawdown");
        CryptoSmartTrader.Backtesting.Metrics.TailRisk.Historical(r); T("tail");
        CryptoSmartTrader.Backtesting.Metrics.ExposureMetrics.AverageGrossExposure(eq); CryptoSmartTrader.Backtesting.Metrics.ExposureMetrics.TimeInMarket(eq); T("exposure");
        _ = eq.Average(c => (double)c.Equity); T("mean");
        session.OrderListHash(); T("hash");
        session.Decisions(); T("decisions");
        Console.WriteLine();
    }

    internal static KernelBlueprint Blueprint(int fast = 10, int slow = 30)
    {
        var profile = ExchangeProfiles.Binance.WithFees(FeeSchedule.ParsePercent("0.1,0.1"));
        return new KernelBlueprint
        {
            Alpha = u => new SmaCrossAlphaModel(u.Count, new SmaCrossOptions { Fast = fast, Slow = slow }),
            Venue = u => new SimulatedVenue(profile, u, new SimulatedVenueOptions { Slippage = new FixedBpsSlippage(0) }),
            Risk = () => new RiskOptions
            {
                VolatilityShockSigmas = 0, CautionDrawdown = 0.995, WarningDrawdown = 0.996, DangerDrawdown = 0.997, CriticalDrawdown = 0.998,
                KillSwitchDrawdown = 0.999, DailyLossLimit = 1,
            },
        };
    }

    internal static CandleSeries Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        reader.ReadLine();
        var b = new CandleSeriesBuilder(Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.H1, 1 << 20);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            var ms = long.Parse(f[0], CultureInfo.InvariantCulture);
            b.Add(ms, Timeframe.H1.CloseOfMs(ms), D(f[1]), D(f[2]), D(f[3]), D(f[4]), D(f[5]));
        }

        return b.Build();
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
