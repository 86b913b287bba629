using System.Text.Json.Nodes;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Stacking;

/// <summary>A fitted stack: base models per (target horizon, base) refitted on all rows, and the fitted meta-learner.</summary>
internal sealed class StackedModel(IReadOnlyList<StackedModel.Member> members, Horizon own, Standardizer std, double[] logistic, Standardizer retStd, double[] ridge)
    : IFittedPredictor
{
    internal sealed record Member(string Base, Horizon Target, IFittedPredictor Model);

    public string Kind => StackingPredictor.KindName;

    public IReadOnlyList<Member> Members => members;

    /// <summary>Meta-feature names in column order: <c>base@horizon</c>.</summary>
    public IReadOnlyList<string> MetaColumns => members.Select(m => $"{m.Base}@{m.Target}").ToArray();

    /// <summary>The logistic meta-learner's weights on the standardised meta-features, by meta column.</summary>
    public IReadOnlyDictionary<string, double> MetaWeights => MetaColumns.Select((c, i) => (c, logistic[i + 1])).ToDictionary(x => x.c, x => x.Item2);

    public PredictorOutput Predict(FeatureRows rows)
    {
        var n = rows.Rows;
        var k = members.Count;
        var ownCount = members.Count(m => m.Target == own);
        var z = new double[k + 1];
        var zr = new double[ownCount + 1];
        var outputs = members.Select(m => m.Model.Predict(rows)).ToArray();
        var prob = new double[n];
        var ret = new double[n];
        var logits = new double[k];
        var returns = new double[ownCount];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < k; c++)
            {
                logits[c] = MetaFeatures.Logit(outputs[c].ProbabilityUp[i]);
                if (c < ownCount)
                {
                    returns[c] = outputs[c].ExpectedReturn[i];
                }
            }

            std.Transform(logits, z);
            retStd.Transform(returns, zr);
            prob[i] = LinearSolver.Sigmoid(LinearSolver.Dot(logistic, z));
            ret[i] = LinearSolver.Dot(ridge, zr);
        }

        return new PredictorOutput(prob, ret);
    }

    public JsonObject Save() => new()
    {
        ["kind"] = Kind,
        ["horizon"] = own.Code,
        ["members"] = new JsonArray(members.Select(m => (JsonNode?)new JsonObject
        {
            ["base"] = m.Base,
            ["target"] = m.Target.Code,
            ["model"] = m.Model.Save(),
        }).ToArray()),
        ["mean"] = std.Mean.ToJson(),
        ["scale"] = std.Scale.ToJson(),
        ["logistic"] = logistic.ToJson(),
        ["returnMean"] = retStd.Mean.ToJson(),
        ["returnScale"] = retStd.Scale.ToJson(),
        ["ridge"] = ridge.ToJson(),
    };

    internal static IFittedPredictor Load(JsonObject s)
    {
        var list = s["members"] as JsonArray ?? throw new FormatException("saved model: stacked model has no members");
        var members = new List<Member>();
        try
        {
            foreach (var node in list)
            {
                var m = node as JsonObject ?? throw new FormatException("saved model: stacked member is not an object");
                var model = m["model"] as JsonObject ?? throw new FormatException("saved model: stacked member has no model");
                members.Add(new Member(m.ReadString("base"), Horizon.Parse(m.ReadString("target")), PredictorStore.Load(model)));
            }

            var std = new Standardizer(s.ReadDoubles("mean"), s.ReadDoubles("scale"));
            var logistic = s.ReadDoubles("logistic");
            if (std.Mean.Length != members.Count || logistic.Length != members.Count + 1)
            {
                throw new FormatException($"saved model: stacked model has {members.Count} members but {std.Mean.Length} meta columns");
            }

            return new StackedModel(members, Horizon.Parse(s.ReadString("horizon")), std, logistic,
                new Standardizer(s.ReadDoubles("returnMean"), s.ReadDoubles("returnScale")), s.ReadDoubles("ridge"));
        }
        catch
        {
            members.ForEach(m => m.Model.Dispose());
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var m in members)
        {
            m.Model.Dispose();
        }
    }
}
