using System.Globalization;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A correlation matrix as a heatmap on a fixed [-1, 1] diverging scale, values written in the cells.</summary>
public static class CorrelationHeatmap
{
    private const string Name = "correlation heatmap";

    public static GenericChart Create(IReadOnlyList<string> names, double[,] matrix, string? title = "Correlation")
    {
        ChartInput.NotEmpty(Name, nameof(names), names.Count);
        if (matrix.GetLength(0) != names.Count || matrix.GetLength(1) != names.Count)
        {
            throw new ArgumentException(
                $"{Name}: matrix is {matrix.GetLength(0)}x{matrix.GetLength(1)} but there are {names.Count} names; expected a square {names.Count}x{names.Count} matrix",
                nameof(matrix));
        }

        var n = names.Count;
        var rows = Enumerable.Range(0, n).Select(r => Enumerable.Range(0, n).Select(c => matrix[r, c]).ToArray()).ToArray();
        var text = rows.Select(r => r.Select(d => double.IsFinite(d) ? d.ToString("0.00", CultureInfo.InvariantCulture) : "").ToArray()).ToArray();
        return Chart.Heatmap<double, string, string, string>(rows, X: names.ToArray(), Y: names.ToArray(), Name: "correlation")
            .Gaps()
            .Traces(("colorscale", "RdBu"), ("zmin", -1), ("zmax", 1), ("zmid", 0), ("text", text), ("texttemplate", "%{text}"))
            .XAxis(1, ("type", "category"))
            .YAxis(1, ("type", "category"), ("autorange", "reversed"))
            .Layout(("hovermode", "closest"), ("height", Math.Max(300, 120 + 36 * n)))
            .Titled(title);
    }

    /// <summary>Pearson correlation of columns, using only rows where both values are finite (pairwise complete); NaN when fewer than 2 pairs or zero variance.</summary>
    public static double[,] Pearson(IReadOnlyList<IReadOnlyList<double>> columns)
    {
        var n = columns.Count;
        for (var i = 1; i < n; i++)
        {
            ChartInput.SameLength(Name, $"column {i}", columns[i].Count, "column 0", columns[0].Count);
        }

        var m = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = a; b < n; b++)
            {
                m[a, b] = m[b, a] = Pair(columns[a], columns[b]);
            }
        }

        return m;
    }

    private static double Pair(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double sx = 0, sy = 0;
        var k = 0;
        for (var i = 0; i < x.Count; i++)
        {
            if (double.IsFinite(x[i]) && double.IsFinite(y[i])) { sx += x[i]; sy += y[i]; k++; }
        }

        if (k < 2) return double.NaN;
        double mx = sx / k, my = sy / k, cov = 0, vx = 0, vy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) continue;
            cov += (x[i] - mx) * (y[i] - my);
            vx += (x[i] - mx) * (x[i] - mx);
            vy += (y[i] - my) * (y[i] - my);
        }

        return vx == 0 || vy == 0 ? double.NaN : cov / Math.Sqrt(vx * vy);
    }
}
