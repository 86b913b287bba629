using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Cli.Commands.Models;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Labels;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// <c>--model NAME</c>: loads a registered model, refuses to test it on bars it was trained on (in-sample), and builds an
/// alpha that predicts each bar close from point-in-time features of the candles the run is given (shortest horizon).
/// </summary>
internal static class ModelAlpha
{
    public static Func<IReadOnlyList<CandleSeries>, TradingUniverse, IAlphaModel> Create(string name, string modelsDir, DateTimeOffset from, CliContext context)
    {
        var registry = ModelsCliSupport.Registry(modelsDir, context);
        var shown = registry.Show(name);
        var meta = shown.Ok ? shown.Value! : throw new CliFailureException($"--model {name}: {shown.Error}");
        if (meta.TrainTo >= from)
        {
            throw new CliFailureException($"--model {name}: trained on data up to {Data.StoreCliSupport.Iso(meta.TrainTo)}, which is not before --from " +
                $"{Data.StoreCliSupport.Iso(from)}; a backtest there would be in-sample. Start after the training period.");
        }

        var (sets, descriptor) = ModelsCliSupport.ResolveFeatures(meta.FeatureSet.Name);
        var loaded = registry.Load(name, descriptor);
        var bundle = loaded.Ok ? loaded.Value! : throw new CliFailureException($"--model {name}: {loaded.Error}");
        var model = bundle.Horizons.Values.OrderBy(h => h.Horizon.Duration).First();
        var version = meta.CreatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (data, _) => new PrecomputedPredictionAlpha($"model:{name}({model.Horizon})",
            data.Select(series => Predict(series, model, sets, name, version)).ToArray());
    }

    private static IReadOnlyDictionary<long, Prediction> Predict(CandleSeries series, HorizonModel model, IReadOnlyList<IFeatureSet> sets, string name, string version)
    {
        var frame = FeatureFrames.Compute(sets, series);
        var schema = model.Schema;
        var lag = schema.IncludeLagReturn ? ForwardReturns.Past(series, schema.Horizon) : null;
        var cols = frame.Features.Columns;
        var rows = new List<int>();
        var data = new List<double>();
        var row = new double[schema.Width];
        var features = new double[cols.Length];
        for (var i = 0; i < series.Count; i++)
        {
            var ok = lag is null || double.IsFinite(lag[i]);
            for (var c = 0; ok && c < cols.Length; c++)
            {
                features[c] = cols[c][i];
                ok = double.IsFinite(features[c]);
            }

            if (!ok) continue;
            schema.FillRow(row, features, lag?[i] ?? 0, series.Symbol);
            data.AddRange(row);
            rows.Add(i);
        }

        var result = new Dictionary<long, Prediction>();
        if (rows.Count == 0) return result;
        var asOf = rows.Select(i => DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[i])).ToArray();
        var predictions = model.Predict(new FeatureRows([.. data], rows.Count, schema.Width), Enumerable.Repeat(series.Symbol, rows.Count).ToArray(), asOf, name, version);
        for (var k = 0; k < rows.Count; k++) result[series.CloseTimeMs[rows[k]]] = predictions[k];
        return result;
    }
}
