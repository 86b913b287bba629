using System.Text.Json.Nodes;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Calibration;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Uncertainty;

namespace CryptoSmartTrader.Models.Training;

/// <summary>
/// A deployable model for one horizon: the fitted predictor, its calibrator (fitted out of fold), conformal
/// half-widths for 80% and 95% intervals, and the input schema. Produces Core <see cref="Prediction"/>s.
/// </summary>
public sealed class HorizonModel : IDisposable
{
    public HorizonModel(DatasetSchema schema, IFittedPredictor predictor, ProbabilityCalibrator calibrator, double halfWidth80, double halfWidth95, double confidenceShrink)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Predictor = predictor ?? throw new ArgumentNullException(nameof(predictor));
        Calibrator = calibrator ?? throw new ArgumentNullException(nameof(calibrator));
        HalfWidth80 = halfWidth80;
        HalfWidth95 = halfWidth95;
        ConfidenceShrink = confidenceShrink;
    }

    public DatasetSchema Schema { get; }
    public IFittedPredictor Predictor { get; }
    public ProbabilityCalibrator Calibrator { get; }
    public double HalfWidth80 { get; }
    public double HalfWidth95 { get; }
    public double ConfidenceShrink { get; }
    public Horizon Horizon => Schema.Horizon;

    public ScoredRows Score(FeatureRows rows)
    {
        if (rows.Cols != Schema.Width)
        {
            throw new ArgumentException($"model for {Horizon}: expected {Schema.Width} input columns [{string.Join(", ", Schema.ColumnNames)}], got {rows.Cols}", nameof(rows));
        }

        var raw = Predictor.Predict(rows);
        var n = rows.Rows;
        var p = Calibrator.Calibrate(raw.ProbabilityUp);
        var conf = new double[n];
        var lo80 = new double[n];
        var hi80 = new double[n];
        var lo95 = new double[n];
        var hi95 = new double[n];
        for (var i = 0; i < n; i++)
        {
            conf[i] = Confidence.OfDirection(Calibrator.DirectionalLowerBound(raw.ProbabilityUp[i]), raw.ProbabilitySpread?[i] ?? 0, ConfidenceShrink);
            var r = raw.ExpectedReturn[i];
            lo80[i] = r - HalfWidth80;
            hi80[i] = r + HalfWidth80;
            lo95[i] = r - HalfWidth95;
            hi95[i] = r + HalfWidth95;
        }

        return new ScoredRows(p, conf, raw.ExpectedReturn, lo80, hi80, lo95, hi95);
    }

    /// <summary>One prediction per row; <paramref name="symbols"/> and <paramref name="asOf"/> (bar closes) label the rows.</summary>
    public IReadOnlyList<Prediction> Predict(FeatureRows rows, IReadOnlyList<Symbol> symbols, IReadOnlyList<DateTimeOffset> asOf, string modelId, string modelVersion)
    {
        if (symbols.Count != rows.Rows || asOf.Count != rows.Rows)
        {
            throw new ArgumentException($"model: {rows.Rows} rows need as many symbols ({symbols.Count}) and times ({asOf.Count})");
        }

        var s = Score(rows);
        var result = new Prediction[rows.Rows];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Prediction(symbols[i], Horizon, asOf[i], s.ProbabilityUp[i], s.ExpectedReturn[i], s.Low80[i], s.High80[i],
                modelId, modelVersion, s.Confidence[i], 0.8);
        }

        return result;
    }

    public JsonObject Save() => new()
    {
        ["horizon"] = Horizon.Code,
        ["featureColumns"] = new JsonArray(Schema.FeatureColumns.Select(c => (JsonNode?)c).ToArray()),
        ["symbols"] = new JsonArray(Schema.Symbols.Select(s => (JsonNode?)s.ToString()).ToArray()),
        ["lagReturn"] = Schema.IncludeLagReturn,
        ["symbolIndicators"] = Schema.IncludeSymbolIndicators,
        ["sequenceLength"] = Schema.SequenceLength,
        ["halfWidth80"] = HalfWidth80,
        ["halfWidth95"] = HalfWidth95,
        ["confidenceShrink"] = ConfidenceShrink,
        ["calibrator"] = Calibrator.Save(),
        ["predictor"] = Predictor.Save(),
    };

    public static HorizonModel Load(JsonObject s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var schema = new DatasetSchema(
            Strings(s, "featureColumns"), Strings(s, "symbols").Select(Symbol.Parse).ToArray(), Horizon.Parse(s.ReadString("horizon")),
            s["lagReturn"]!.GetValue<bool>(), s["symbolIndicators"]!.GetValue<bool>(), s["sequenceLength"]?.GetValue<int>() ?? 1);
        return new HorizonModel(schema, PredictorStore.Load((JsonObject)s["predictor"]!), ProbabilityCalibrator.Load((JsonObject)s["calibrator"]!),
            s.ReadDouble("halfWidth80"), s.ReadDouble("halfWidth95"), s.ReadDouble("confidenceShrink"));
    }

    public void Dispose() => Predictor.Dispose();

    private static string[] Strings(JsonObject s, string name) =>
        (s[name] as JsonArray ?? throw new FormatException($"saved model: missing '{name}'")).Select(n => n!.GetValue<string>()).ToArray();
}
