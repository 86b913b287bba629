using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Calibration;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Benchmarks.Models;

/// <summary>Synthetic (benchmark-only) feature rows with a weak linear signal, and models trained on them.</summary>
internal static class ModelBenchmarkData
{
    /// <summary>TestKit's synthetic rows: return = 0.01·Σ 0.1·x_c over the first five columns + 0.01·ε, up = return &gt; 0.</summary>
    public static TrainingSet Rows(int rows, int cols, int seed)
    {
        var (x, up, ret) = SyntheticTabular.Graded(rows, cols, [0.1, 0.1, 0.1, 0.1, 0.1], seed, noiseScale: 0.01);
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
}
