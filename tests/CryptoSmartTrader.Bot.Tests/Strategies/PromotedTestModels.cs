using System.Globalization;
using System.IO.Compression;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Bot.Tests.Strategies;

/// <summary>
/// A temporary model registry with tiny linear 1h models trained on real Binance bars (Jan–Feb 2023): <c>bot-lin</c>
/// (BTC/USDT) and <c>bot-eth</c> (ETH/USDT) promoted, <c>bot-cand</c> (BTC/USDT) left a candidate, <c>bot-old</c> (BTC/USDT) promoted then retired. Plus a replay dataset of the real bars around the end
/// of training (2023-02-10 .. 2023-03-12), so the bot sees in-sample bars first and out-of-sample ones after.
/// </summary>
public sealed class PromotedTestModels
{
    public const string Promoted = "bot-lin";
    public const string Candidate = "bot-cand";
    public const string EthPromoted = "bot-eth";
    public const string Retired = "bot-old";
    public static readonly DateTimeOffset TrainEnd = new(2023, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReplayFrom = new(2023, 2, 10, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReplayTo = new(2023, 3, 12, 0, 0, 0, TimeSpan.Zero);

    public PromotedTestModels()
    {
        Root = Directory.CreateTempSubdirectory("cst-bot-models-").FullName;
        Registry = new ModelRegistry(Path.Combine(Root, "models"), new ManualTimeProvider(new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero)));
        Train(Promoted, "BTC");
        Train(Candidate, "BTC");
        Train(EthPromoted, "ETH");
        Train(Retired, "BTC");
        foreach (var name in new[] { Retired, EthPromoted, Promoted })
        {
            var promoted = Registry.Promote(name);
            Assert.True(promoted.Ok, promoted.Error);
        }

        Assert.True(Registry.Retire(Retired).Ok);
        WriteReplayFile();
    }

    public string Root { get; }
    public ModelRegistry Registry { get; }
    public string Datasets => Path.Combine(Root, "datasets");

    /// <summary>The replayed bars exactly as the bot sees them (the independent reference for its predictions).</summary>
    public Core.Markets.CandleSeries Replayed { get; } = SharedCandles.BinanceHourly("BTC").SliceByCloseTime(ReplayFrom, ReplayTo);

    /// <summary>Bot arguments for a fast replay of the dataset with <paramref name="strategyJson"/>, in a fresh store.</summary>
    public string[] Args(string strategyJson)
    {
        var dir = Directory.CreateTempSubdirectory("cst-bot-model-run-").FullName;
        var strategy = Path.Combine(dir, "strategy.json");
        File.WriteAllText(strategy, strategyJson);
        return ["--mode", "Replay", "--db", Path.Combine(dir, "cst.db"), "--datasets", Datasets, "--models", Registry.Root, "--strategy", strategy,
            "--speed", "5000", "--Bot:Engine:ReplayLastBars", "0"];
    }

    private void Train(string name, string baseAsset)
    {
        var features = FeatureSetCatalog.Resolve("ta").Value!;
        var series = SharedCandles.BinanceHourly(baseAsset).SliceByCloseTime(new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.Zero), TrainEnd);
        using var bundle = MultiHorizonTrainer.Train([FeatureFrames.Compute(features.Sets, series)], new TrainingRequest
        {
            Name = name,
            Horizons = [Horizon.Parse("1h")],
            FeatureSet = features.Descriptor,
            Predictor = _ => new LinearPredictor(),
            Dataset = new DatasetOptions { From = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), LabelsEndBy = TrainEnd, Stride = TimeSpan.FromHours(12) },
            IncludeBaselines = false,
        }, new ManualTimeProvider());
        var saved = Registry.Save(bundle);
        Assert.True(saved.Ok, saved.Error);
    }

    // The shared file's rows whose bar closes inside the replay window, unchanged (stamped at open, as in the dataset).
    private void WriteReplayFile()
    {
        var folder = Path.Combine(Datasets, "candles", "binance_spot_1h");
        Directory.CreateDirectory(folder);
        using var gz = new GZipStream(File.OpenRead(SharedDatasets.PathOf("candles", "binance_spot_1h", "BTC_USDT-1h.csv.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var lines = new List<string> { reader.ReadLine()! };
        while (reader.ReadLine() is { } line)
        {
            var close = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(line[..line.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture)).AddHours(1);
            if (close >= ReplayFrom && close <= ReplayTo) lines.Add(line);
        }

        File.WriteAllLines(Path.Combine(folder, "BTC_USDT-1h.csv"), lines);
    }
}
