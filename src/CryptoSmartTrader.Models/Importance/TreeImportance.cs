using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Importance;

/// <summary>
/// XGBoost tree importance of a fitted model's P(up) head (or its return head) by feature name. Ensembles and regime
/// routers average the scores of their XGBoost members, each normalised to sum 1 so members weigh equally.
/// </summary>
public static class TreeImportance
{
    public static IReadOnlyList<FeatureImportance> Of(IFittedPredictor model, IReadOnlyList<string> columnNames, TreeImportanceType type = TreeImportanceType.Gain,
        bool returnHead = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(columnNames);
        var trees = new List<ITreeModel>();
        Collect(model, trees);
        if (trees.Count == 0)
        {
            throw new ArgumentException($"importance: a '{model.Kind}' model has no XGBoost trees; use permutation importance", nameof(model));
        }

        var total = new double[columnNames.Count];
        foreach (var t in trees)
        {
            if (t.Columns != columnNames.Count)
            {
                throw new ArgumentException($"importance: the model has {t.Columns} input columns but {columnNames.Count} names were given", nameof(columnNames));
            }

            var scores = (returnHead ? t.Regressor : t.Classifier).FeatureScores(NativeName(type), t.Columns);
            var sum = scores.Sum();
            for (var c = 0; c < scores.Length; c++)
            {
                total[c] += sum > 0 ? scores[c] / sum / trees.Count : 0;
            }
        }

        var raw = trees.Count == 1 ? (returnHead ? trees[0].Regressor : trees[0].Classifier).FeatureScores(NativeName(type), trees[0].Columns) : total;
        return Rank(columnNames, raw);
    }

    internal static string NativeName(TreeImportanceType type) => type switch
    {
        TreeImportanceType.Weight => "weight",
        TreeImportanceType.Gain => "gain",
        TreeImportanceType.Cover => "cover",
        TreeImportanceType.TotalGain => "total_gain",
        _ => "total_cover",
    };

    internal static IReadOnlyList<FeatureImportance> Rank(IReadOnlyList<string> names, double[] scores, double[]? spread = null) =>
        names.Select((n, c) => new FeatureImportance(n, scores[c], spread?[c] ?? 0))
            .OrderByDescending(f => f.Score).ThenBy(f => f.Feature, StringComparer.Ordinal).ToArray();

    private static void Collect(IFittedPredictor model, List<ITreeModel> trees)
    {
        switch (model)
        {
            case ITreeModel t:
                trees.Add(t);
                break;
            case IHasMembers m:
                foreach (var member in m.Members)
                {
                    Collect(member, trees);
                }

                break;
        }
    }
}
