using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Datasets;

/// <summary>Test-only feature matrices computed from past bars only.</summary>
internal static class DatasetFixtures
{
    /// <summary>Column "close" = the bar's own close; column "ret1" = the one-bar log return ending at the bar (NaN on the first bar).</summary>
    public static FeatureMatrix CloseFeatures(CandleSeries series)
    {
        var close = series.Close.ToArray();
        var ret = new double[close.Length];
        ret[0] = double.NaN;
        for (var i = 1; i < close.Length; i++)
        {
            ret[i] = Math.Log(close[i] / close[i - 1]);
        }

        return new FeatureMatrix(["close", "ret1"], series.CloseTimeMs.ToArray(), [close, ret]);
    }

    public static SymbolFrame Frame(CandleSeries series) => new(series, CloseFeatures(series));

    public static SymbolFrame RandomWalkFrame(string baseAsset, int bars, int seed) =>
        Frame(SyntheticCandles.RandomWalk(bars, seed, symbol: new Symbol(baseAsset, "USDT")));
}
