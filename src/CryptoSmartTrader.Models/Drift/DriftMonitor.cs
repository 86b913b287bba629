using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;

namespace CryptoSmartTrader.Models.Drift;

/// <summary>
/// Compares recent inputs, predictions and realised outcomes with the training window and turns the findings into
/// a <see cref="RetrainAdvice"/>. Outcome-based checks run only once enough recent labels have been realised.
/// </summary>
public sealed class DriftMonitor(DriftOptions options)
{
    public RetrainAdvice Assess(FeatureRows reference, FeatureRows recent, IReadOnlyList<string> columns,
        ReadOnlySpan<double> referencePredictions, ReadOnlySpan<double> recentPredictions,
        ReadOnlySpan<double> recentOutcomes = default, double? referenceHitRate = null)
    {
        if (reference.Cols != recent.Cols || columns.Count != reference.Cols)
        {
            throw new ArgumentException($"drift: reference has {reference.Cols} columns, recent {recent.Cols}, names {columns.Count}");
        }

        var features = new List<FeatureDrift>();
        for (var c = 0; c < reference.Cols; c++)
        {
            features.Add(Measure(columns[c], Column(reference, c), Column(recent, c)));
        }

        var reasons = new List<string>();
        var severity = DriftSeverity.None;
        var drifting = features.Where(f => f.Severity != DriftSeverity.None).ToList();
        if (drifting.Count > 0)
        {
            var share = (double)drifting.Count / features.Count;
            var fs = drifting.Any(f => f.Severity == DriftSeverity.Severe) || share >= options.SevereFeatureShare ? DriftSeverity.Severe : DriftSeverity.Moderate;
            severity = Max(severity, fs);
            reasons.Add($"{drifting.Count}/{features.Count} features drifted (worst {drifting.MaxBy(f => f.Psi)!.Name}: PSI {drifting.Max(f => f.Psi):0.###})");
        }

        FeatureDrift? predictions = null;
        if (!referencePredictions.IsEmpty && !recentPredictions.IsEmpty)
        {
            predictions = Measure("prediction", referencePredictions.ToArray(), recentPredictions.ToArray());
            if (predictions.Severity != DriftSeverity.None)
            {
                severity = Max(severity, predictions.Severity);
                reasons.Add($"prediction distribution drifted (PSI {predictions.Psi:0.###})");
            }
        }

        double? ece = null, hit = null;
        if (recentOutcomes.Length >= options.MinRecentOutcomes && recentOutcomes.Length == recentPredictions.Length)
        {
            ece = ForecastMetrics.Ece(recentPredictions, recentOutcomes);
            var hits = 0;
            for (var i = 0; i < recentOutcomes.Length; i++)
            {
                if ((recentPredictions[i] >= 0.5) == (recentOutcomes[i] > 0.5)) hits++;
            }

            hit = (double)hits / recentOutcomes.Length;
            if (ece >= options.EceModerate)
            {
                severity = Max(severity, ece >= options.EceSevere ? DriftSeverity.Severe : DriftSeverity.Moderate);
                reasons.Add($"calibration decayed (recent ECE {ece:0.###})");
            }

            if (referenceHitRate is { } refHit && refHit - hit >= options.HitRateDropModerate)
            {
                severity = Max(severity, refHit - hit >= options.HitRateDropSevere ? DriftSeverity.Severe : DriftSeverity.Moderate);
                reasons.Add($"hit rate fell from {refHit:0.###} to {hit:0.###}");
            }
        }

        var reason = reasons.Count == 0 ? "no drift detected" : string.Join("; ", reasons);
        return new RetrainAdvice(severity != DriftSeverity.None, severity, reason, features, predictions, ece, hit, referenceHitRate);
    }

    private FeatureDrift Measure(string name, double[] reference, double[] recent)
    {
        var psi = DriftStatistics.Psi(reference, recent);
        var (d, p) = DriftStatistics.KolmogorovSmirnov(reference, recent);
        var severity = psi >= options.PsiSevere ? DriftSeverity.Severe
            : psi >= options.PsiModerate || p < options.KsPValue ? DriftSeverity.Moderate
            : DriftSeverity.None;
        return new FeatureDrift(name, psi, d, p, severity);
    }

    private static DriftSeverity Max(DriftSeverity a, DriftSeverity b) => (DriftSeverity)Math.Max((int)a, (int)b);

    private static double[] Column(FeatureRows rows, int c)
    {
        var v = new double[rows.Rows];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = rows[i, c];
        }

        return v;
    }
}
