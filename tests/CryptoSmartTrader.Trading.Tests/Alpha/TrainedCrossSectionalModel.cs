using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Trading.Tests.Alpha;

/// <summary>
/// A linear cross-sectional 24h rank model trained on real Binance hourly bars of six pairs (2023-04 .. 2023-12, labels
/// ending by 2024-01-01) and saved in a temporary registry.
/// </summary>
public sealed class TrainedCrossSectionalModel : IDisposable
{
    public const string Name = "xs-test";
    public static readonly string[] Coins = ["BTC", "ETH", "BNB", "XRP", "ADA", "LTC"];
    public static readonly DateTimeOffset TrainEnd = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TrainedCrossSectionalModel()
    {
        Root = Path.Combine(Path.GetTempPath(), "cst-trading-xs-model-" + Guid.NewGuid().ToString("N"));
        Registry = new ModelRegistry(Root, new ManualTimeProvider(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        var universe = Series(new DateTimeOffset(2023, 4, 1, 0, 0, 0, TimeSpan.Zero), TrainEnd);
        var trained = CrossSectionalModelTrainer.Train(universe, new CrossSectionalTrainingRequest
        {
            Name = Name, Kind = "linear", Horizon = Horizon.Parse("24h"), TrainFrom = new DateTimeOffset(2023, 5, 15, 0, 0, 0, TimeSpan.Zero), TrainTo = TrainEnd,
        }, new ManualTimeProvider(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(trained.Ok, trained.Error);
        using var bundle = trained.Value!;
        var saved = Registry.Save(bundle);
        Assert.True(saved.Ok, saved.Error);
        Version = saved.Value!.CreatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Root { get; }
    public ModelRegistry Registry { get; }
    public string Version { get; }

    public static CandleSeries[] Series(DateTimeOffset from, DateTimeOffset to) =>
        Coins.Select(c => SharedCandles.BinanceHourly(c).SliceByCloseTime(from, to)).ToArray();

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
