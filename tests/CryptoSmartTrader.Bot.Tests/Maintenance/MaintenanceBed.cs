using CryptoSmartTrader.Bot.Maintenance;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CryptoSmartTrader.Bot.Tests.Replay;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Bot.Tests.Maintenance;

/// <summary>
/// A temporary registry of tiny linear 1h BTC/USDT models trained on chosen windows of the real Binance bars, and a
/// dataset folder holding the real bars that close in a chosen window (the bot imports them whole and replays them).
/// </summary>
internal sealed class MaintenanceBed
{
    public MaintenanceBed()
    {
        Root = Directory.CreateTempSubdirectory("cst-bot-maint-").FullName;
        Registry = new ModelRegistry(Path.Combine(Root, "models"), new ManualTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    public string Root { get; }
    public ModelRegistry Registry { get; }
    public string Datasets => Path.Combine(Root, "datasets");

    public static CandleSeries Btc { get; } = SharedCandles.BinanceHourly("BTC");

    /// <summary>Trains and promotes <paramref name="name"/> on samples [from, labels ending by to], every <paramref name="strideHours"/> hours.</summary>
    public void TrainPromoted(string name, DateTimeOffset from, DateTimeOffset to, int strideHours = 1)
    {
        var features = FeatureSetCatalog.Resolve("ta").Value!;
        var series = Btc.SliceByCloseTime(from.AddDays(-30), to);
        using var bundle = MultiHorizonTrainer.Train([FeatureFrames.Compute(features.Sets, series)], new TrainingRequest
        {
            Name = name,
            Horizons = [Horizon.Parse("1h")],
            FeatureSet = features.Descriptor,
            Predictor = _ => new LinearPredictor(),
            Dataset = new DatasetOptions { From = from, LabelsEndBy = to, Stride = TimeSpan.FromHours(strideHours) },
            IncludeBaselines = false,
        }, new ManualTimeProvider());
        Assert.True(Registry.Save(bundle).Ok);
        Assert.True(Registry.Promote(name).Ok);
    }

    /// <summary>Writes the shared BTC/USDT 1h rows whose bar closes in [from, to], unchanged, as the bot's dataset.</summary>
    public void WriteDataset(DateTimeOffset from, DateTimeOffset to)
    {
        var folder = Path.Combine(Datasets, "candles", "binance_spot_1h");
        Directory.CreateDirectory(folder);
        using var gz = new GZipStream(File.OpenRead(SharedDatasets.PathOf("candles", "binance_spot_1h", "BTC_USDT-1h.csv.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var lines = new List<string> { reader.ReadLine()! };
        while (reader.ReadLine() is { } line)
        {
            var close = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(line[..line.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).AddHours(1);
            if (close >= from && close <= to) lines.Add(line);
        }

        File.WriteAllLines(Path.Combine(folder, "BTC_USDT-1h.csv"), lines);
    }

    /// <summary>Starts a bot in replay mode with <paramref name="strategyJson"/> and waits until the whole dataset has been replayed.</summary>
    public async Task<RunningBot> ReplayAsync(string strategyJson, int replayLastBars, params string[] extra)
    {
        var dir = Directory.CreateTempSubdirectory("cst-bot-maint-run-").FullName;
        var strategy = Path.Combine(dir, "strategy.json");
        File.WriteAllText(strategy, strategyJson);
        var bot = await RunningBot.StartAsync(["--mode", "Replay", "--db", Path.Combine(dir, "cst.db"), "--datasets", Datasets, "--models", Registry.Root,
            "--strategy", strategy, "--speed", "5000", "--Bot:Engine:ReplayLastBars", replayLastBars.ToString(CultureInfo.InvariantCulture), .. extra]);
        await Waiting.For(async () => Notices(await Overview(bot)).Any(n => n.StartsWith("replay finished", StringComparison.Ordinal)), "the replay never finished", 90);
        return bot;
    }

    public static ModelMaintenance EngineOf(RunningBot bot) => bot.Services.GetRequiredService<ModelMaintenance>();

    public static async Task<JsonElement> Overview(RunningBot bot) => JsonDocument.Parse(await bot.Http.GetStringAsync("/api/overview")).RootElement.Clone();

    public static List<string> Notices(JsonElement overview) => overview.GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList();

    public static DateTimeOffset Utc(int y, int m, int d) => new(y, m, d, 0, 0, 0, TimeSpan.Zero);
}
