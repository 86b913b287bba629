using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Calibration;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Benchmarks.Models;

/// <summary>Synthetic (benchmark-only) feature rows with a weak linear signal, and models trained on them.</summary>
internal static class ModelBenchmarkData
{
    public static TrainingSet Rows(int rows, int cols, int seed)
    {
        var rng = new Random(seed);
        var x = new double[rows * cols];
        var up = new double[rows];
        var ret = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var signal = 0.0;
            for (var c = 0; c < cols; c++)
            {
                var v = Gaussian(rng);
                x[i * cols + c] = v;
                if (c < 5)
                {
                    signal += 0.1 * v;
                }
            }

            ret[i] = 0.01 * signal + 0.01 * Gaussian(rng);
            up[i] = ret[i] > 0 ? 1 : 0;
        }

        return new TrainingSet(new FeatureRows(x, rows, cols), up, ret, Enumerable.Range(0, cols).Select(c => $"f{c}").ToArray());
    }

    /// <summary>A deployable horizon model (XGBoost, isotonic calibration, conformal widths) without symbol indicators.</summary>
    public static HorizonModel Model(Horizon horizon, int cols, int threads, int seed)
    {
        var train = Rows(20_000, cols, seed);
        var fitted = new XGBoostPredictor(new XGBoostParameters { Threads = threads, Seed = seed }).Fit(train);
        var calib = Rows(5_000, cols, seed + 1);
        var raw = fitted.Predict(calib.X);
        var calibrator = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, raw.ProbabilityUp, calib.Up);
        var schema = new DatasetSchema(train.ColumnNames, Array.Empty<Symbol>(), horizon, includeLagReturn: false, includeSymbolIndicators: false);
        return new HorizonModel(schema, fitted, calibrator, 0.01, 0.02, 1.0);
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
