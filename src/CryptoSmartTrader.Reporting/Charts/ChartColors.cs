namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>The report palette, so every chart reads the same way (green up/buy, red down/sell).</summary>
public static class ChartColors
{
    public const string Up = "#26a69a";
    public const string Down = "#ef5350";
    public const string Primary = "#1f77b4";
    public const string Secondary = "#ff7f0e";
    public const string Muted = "#7f7f7f";

    /// <summary>Distinct colours for series and categories (plotly's default qualitative palette).</summary>
    public static IReadOnlyList<string> Palette { get; } =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    public static string At(int index) => Palette[((index % Palette.Count) + Palette.Count) % Palette.Count];

    /// <summary>A hex colour with alpha as an <c>rgba(...)</c> string (for fills and shading).</summary>
    public static string WithAlpha(string hex, double alpha)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6)
        {
            throw new ArgumentException($"colour: expected #rrggbb, got '{hex}'", nameof(hex));
        }

        var r = Convert.ToInt32(h[..2], 16);
        var g = Convert.ToInt32(h[2..4], 16);
        var b = Convert.ToInt32(h[4..], 16);
        return FormattableString.Invariant($"rgba({r},{g},{b},{alpha:0.###})");
    }
}
