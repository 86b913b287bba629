using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>
/// A seed/bootstrap ensemble: each member is built by <paramref name="memberFactory"/> with its own seed and,
/// when <paramref name="bootstrap"/> is set, fitted on a bootstrap resample. The members' spread of P(up) measures
/// disagreement and shrinks confidence downstream.
/// </summary>
public sealed class EnsemblePredictor(Func<int, IPredictor> memberFactory, int members, int seed, bool bootstrap) : IPredictor
{
    public const string KindName = "ensemble";

    public string Kind => KindName;

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        var fitted = new List<IFittedPredictor>(members);
        try
        {
            for (var m = 0; m < members; m++)
            {
                var memberSeed = unchecked(seed * 7919 + m);
                var set = bootstrap ? data.Subset(Resample(data.Count, memberSeed)) : data;
                fitted.Add(memberFactory(memberSeed).Fit(set, cancellationToken));
            }
        }
        catch
        {
            fitted.ForEach(f => f.Dispose());
            throw;
        }

        return new Fitted(fitted);
    }

    internal static IFittedPredictor Load(JsonObject s) =>
        new Fitted((s["members"] as JsonArray ?? throw new FormatException("saved model: ensemble has no members"))
            .Select(m => PredictorStore.Load((JsonObject)m!)).ToList());

    private static int[] Resample(int n, int seed)
    {
        var rng = new Random(seed);
        var rows = new int[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = rng.Next(n);
        }

        Array.Sort(rows);
        return rows;
    }

    private sealed class Fitted(List<IFittedPredictor> members) : IFittedPredictor, IHasMembers
    {
        public string Kind => KindName;

        public IReadOnlyList<IFittedPredictor> Members => members;

        public PredictorOutput Predict(FeatureRows rows)
        {
            var outputs = members.Select(m => m.Predict(rows)).ToArray();
            var n = rows.Rows;
            var prob = new double[n];
            var ret = new double[n];
            var spread = new double[n];
            for (var i = 0; i < n; i++)
            {
                double sp = 0, sq = 0, sr = 0;
                foreach (var o in outputs)
                {
                    sp += o.ProbabilityUp[i];
                    sq += o.ProbabilityUp[i] * o.ProbabilityUp[i];
                    sr += o.ExpectedReturn[i];
                }

                var k = outputs.Length;
                prob[i] = sp / k;
                ret[i] = sr / k;
                spread[i] = k > 1 ? Math.Sqrt(Math.Max(0, (sq - k * prob[i] * prob[i]) / (k - 1))) : 0;
            }

            return new PredictorOutput(prob, ret, spread);
        }

        public JsonObject Save() => new()
        {
            ["kind"] = Kind,
            ["members"] = new JsonArray(members.Select(m => (JsonNode?)m.Save()).ToArray()),
        };

        public void Dispose() => members.ForEach(m => m.Dispose());
    }
}
