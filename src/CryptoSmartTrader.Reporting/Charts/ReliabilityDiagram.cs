using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Calibration check: predicted probability (x) against observed frequency (y) per equal-width bin, the diagonal of perfect
/// calibration, and the number of predictions per bin underneath.
/// </summary>
public static class ReliabilityDiagram
{
    private const string Name = "reliability diagram";

    /// <summary>Equal-width bins over [0, 1]; the last bin includes 1. Empty bins are left out.</summary>
    public static IReadOnlyList<ReliabilityBin> Bins(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes, int binCount = 10)
    {
        ChartInput.SameLength(Name, nameof(outcomes), outcomes.Count, nameof(probabilities), probabilities.Count);
        if (binCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(binCount), binCount, $"{Name}: bin count must be at least 1");
        }

        var count = new int[binCount];
        var sumP = new double[binCount];
        var ups = new int[binCount];
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = probabilities[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"{Name}: probabilities[{i}] is {p}; expected a probability in [0, 1]", nameof(probabilities));
            }

            var b = Math.Min((int)(p * binCount), binCount - 1);
            count[b]++;
            sumP[b] += p;
            ups[b] += outcomes[i] ? 1 : 0;
        }

        var bins = new List<ReliabilityBin>();
        for (var b = 0; b < binCount; b++)
        {
            if (count[b] > 0)
            {
                bins.Add(new ReliabilityBin((double)b / binCount, (double)(b + 1) / binCount, count[b], sumP[b] / count[b], (double)ups[b] / count[b]));
            }
        }

        return bins;
    }

    public static GenericChart Create(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes, int binCount = 10, string? title = "Reliability diagram")
    {
        ChartInput.NotEmpty(Name, nameof(probabilities), probabilities.Count);
        var bins = Bins(probabilities, outcomes, binCount);
        return Chart.Combine(
            [
                Chart.Line<double, double, string>([0.0, 1.0], [0.0, 1.0], Name: "perfectly calibrated", LineColor: Plot.Colour(ChartColors.Muted), LineWidth: 1,
                    LineDash: StyleParam.DrawingStyle.Dash),
                Chart.Line<double, double, string>(bins.Select(b => b.MeanPredicted), bins.Select(b => b.ObservedFrequency), ShowMarkers: true, Name: "model",
                    MultiText: bins.Select(b => $"n={b.Count}").ToArray(), LineColor: Plot.Colour(ChartColors.Primary), LineWidth: 2,
                    MarkerColor: Plot.Colour(ChartColors.Primary)).MarkerSize(8),
                Chart.Column<double, double, string>(bins.Select(b => (double)b.Count), Keys: bins.Select(b => (b.From + b.To) / 2).ToArray(), Name: "predictions per bin",
                    Opacity: 0.6, MarkerColor: Plot.Colour(ChartColors.Secondary)).OnAxes(1, 2),
            ])
            .XAxis(1, ("title", "predicted probability"), ("range", new[] { 0.0, 1.0 }), ("anchor", "y2"))
            .YAxis(1, ("title", "observed frequency"), ("range", new[] { 0.0, 1.0 }), ("domain", new[] { 0.3, 1.0 }))
            .YAxis(2, ("title", "count"), ("domain", new[] { 0.0, 0.22 }), ("anchor", "x"))
            .Layout(("hovermode", "closest"), ("height", 520))
            .Titled(title);
    }
}
