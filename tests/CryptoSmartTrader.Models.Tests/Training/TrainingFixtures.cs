using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Training;

/// <summary>
/// Test-only synthetic market where a feature known at t predicts the next bar: a hidden signal s_t ~ N(0,1) is
/// published as feature "signal" at bar t, and the next bar's log return is 0.004·s_t + N(0, 0.004²).
/// </summary>
internal static class TrainingFixtures
{
    public static SymbolFrame PredictableFrame(string baseAsset, int bars, int seed, double strength = 0.004)
    {
        var rng = new Random(seed);
        var signal = new double[bars];
        var closes = new double[bars];
        var price = 100.0;
        for (var i = 0; i < bars; i++)
        {
            if (i > 0)
            {
                price *= Math.Exp(strength * signal[i - 1] + 0.004 * SyntheticCandles.Gaussian(rng));
            }

            closes[i] = price;
            signal[i] = SyntheticCandles.Gaussian(rng);
        }

        var series = SyntheticCandles.FromCloses(closes, symbol: new Symbol(baseAsset, "USDT"));
        var noise = Enumerable.Range(0, bars).Select(_ => SyntheticCandles.Gaussian(rng)).ToArray();
        return new SymbolFrame(series, new FeatureMatrix(["signal", "noise"], series.CloseTimeMs.ToArray(), [signal, noise]));
    }
}
