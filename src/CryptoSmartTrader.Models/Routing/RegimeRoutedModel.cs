using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Routing;

/// <summary>A fitted router: each row goes to its regime's model, or to the global one.</summary>
internal sealed class RegimeRoutedModel(int column, string columnName, IFittedPredictor global, IReadOnlyDictionary<int, IFittedPredictor> perRegime)
    : IFittedPredictor, IHasMembers
{
    public string Kind => RegimeRoutedPredictor.KindName;

    /// <summary>Regimes with a model of their own.</summary>
    public IReadOnlyCollection<int> Regimes => perRegime.Keys.ToArray();

    public IReadOnlyList<IFittedPredictor> Members => [global, .. perRegime.Values];

    /// <summary>A label is an integer held as a double; NaN (warm-up) or anything else is no regime.</summary>
    internal static int? RegimeOf(double value) =>
        double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < 1e6 ? (int)value : null;

    public PredictorOutput Predict(FeatureRows rows)
    {
        if (column >= rows.Cols)
        {
            throw new ArgumentException($"regime-routed model: expected the '{columnName}' column at index {column}, got {rows.Cols} columns", nameof(rows));
        }

        var routes = new Dictionary<IFittedPredictor, List<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < rows.Rows; i++)
        {
            var regime = RegimeOf(rows[i, column]);
            var model = regime is { } r && perRegime.TryGetValue(r, out var m) ? m : global;
            if (!routes.TryGetValue(model, out var list))
            {
                routes[model] = list = [];
            }

            list.Add(i);
        }

        var prob = new double[rows.Rows];
        var ret = new double[rows.Rows];
        double[]? spread = null;
        foreach (var (model, list) in routes)
        {
            var output = model.Predict(rows.Subset(list));
            for (var k = 0; k < list.Count; k++)
            {
                prob[list[k]] = output.ProbabilityUp[k];
                ret[list[k]] = output.ExpectedReturn[k];
                if (output.ProbabilitySpread is { } s)
                {
                    spread ??= new double[rows.Rows];
                    spread[list[k]] = s[k];
                }
            }
        }

        return new PredictorOutput(prob, ret, spread);
    }

    public JsonObject Save() => new()
    {
        ["kind"] = Kind,
        ["column"] = column,
        ["columnName"] = columnName,
        ["global"] = global.Save(),
        ["regimes"] = new JsonArray(perRegime.OrderBy(kv => kv.Key).Select(kv => (JsonNode?)new JsonObject
        {
            ["regime"] = kv.Key,
            ["model"] = kv.Value.Save(),
        }).ToArray()),
    };

    internal static IFittedPredictor Load(JsonObject s)
    {
        var global = PredictorStore.Load(s["global"] as JsonObject ?? throw new FormatException("saved model: regime-routed model has no global model"));
        var perRegime = new Dictionary<int, IFittedPredictor>();
        try
        {
            foreach (var node in s["regimes"] as JsonArray ?? throw new FormatException("saved model: regime-routed model has no 'regimes'"))
            {
                var o = node as JsonObject ?? throw new FormatException("saved model: regime entry is not an object");
                perRegime[(int)o.ReadDouble("regime")] = PredictorStore.Load(o["model"] as JsonObject ?? throw new FormatException("saved model: regime entry has no model"));
            }

            return new RegimeRoutedModel((int)s.ReadDouble("column"), s.ReadString("columnName"), global, perRegime);
        }
        catch
        {
            global.Dispose();
            foreach (var m in perRegime.Values)
            {
                m.Dispose();
            }

            throw;
        }
    }

    public void Dispose()
    {
        global.Dispose();
        foreach (var m in perRegime.Values)
        {
            m.Dispose();
        }
    }
}
