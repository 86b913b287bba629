namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Calibration check: predicted probability (x) against observed frequency (y) per equal-width bin, the diagonal of perfect
/// calibration, and the number of predictions per bin underneath.
/// </summary>
public static class ReliabilityDiagram
{
    private const string Chart = "reliability diagram";

    /// <summary>Equal-width bins over [0, 1]; the last bin includes 1. Empty bins are left out.</summary>
    public static IReadOnlyList<ReliabilityBin> Bins(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes, int binCount = 10)
    {
        ChartInput.SameLength(Chart, nameof(outcomes), outcomes.Count, nameof(probabilities), probabilities.Count);
        if (binCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(binCount), binCount, $"{Chart}: bin count must be at least 1");
        }

        var count = new int[binCount];
        var sumP = new double[binCount];
        var ups = new int[binCount];
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = probabilities[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"{Chart}: probabilities[{i}] is {p}; expected a probability in [0, 1]", nameof(probabilities));
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

    public static PlotlyFigure Create(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes, int binCount = 10, string? title = "Reliability diagram")
    {
        ChartInput.NotEmpty(Chart, nameof(probabilities), probabilities.Count);
        var bins = Bins(probabilities, outcomes, binCount);
        var figure = new PlotlyFigure(title);
        figure.Add(new ScatterTrace(PlotlyValues.Numbers([0.0, 1.0]), PlotlyValues.Numbers([0.0, 1.0]))
        {
            Name = "perfectly calibrated", YAxis = "y", Line = new LineStyle(ChartColors.Muted, 1, "dash"),
        });
        figure.Add(new ScatterTrace(PlotlyValues.Numbers(bins.Select(b => b.MeanPredicted)), PlotlyValues.Numbers(bins.Select(b => b.ObservedFrequency)))
        {
            Name = "model", Mode = "lines+markers", YAxis = "y", Line = new LineStyle(ChartColors.Primary, 2), Marker = new MarkerStyle(ChartColors.Primary, 8),
            Text = [.. bins.Select(b => $"n={b.Count}")],
        });
        figure.Add(new BarTrace(PlotlyValues.Numbers(bins.Select(b => (b.From + b.To) / 2)), PlotlyValues.Numbers(bins.Select(b => (double)b.Count)))
        {
            Name = "predictions per bin", YAxis = "y2", Marker = new MarkerStyle(ChartColors.Secondary), Opacity = 0.6,
        });
        figure.Layout.Axis("xaxis", new PlotlyAxis { Title = "predicted probability", Range = (0, 1), Anchor = "y2" });
        figure.Layout.Axis("yaxis", new PlotlyAxis { Title = "observed frequency", Range = (0, 1), Domain = (0.3, 1.0) });
        figure.Layout.Axis("yaxis2", new PlotlyAxis { Title = "count", Domain = (0.0, 0.22), Anchor = "x" });
        figure.Layout.HoverMode = "closest";
        figure.Layout.Height = 520;
        return figure;
    }
}
