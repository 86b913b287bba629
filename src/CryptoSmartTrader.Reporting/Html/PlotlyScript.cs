using Plotly.NET;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// The one plotly.js the project embeds: the copy Plotly.NET ships inside its own assembly (the version its figure JSON is written for),
/// so reports and notebook HTML fallbacks need no network and no CDN.
/// </summary>
public static class PlotlyScript
{
    private const string Prefix = "Plotly.NET.plotly-";
    private const string Suffix = ".min.js";

    private static readonly Lazy<(string Version, string Text)> Source = new(Load);

    /// <summary>plotly.js version, e.g. <c>2.28.0</c>.</summary>
    public static string Version => Source.Value.Version;

    /// <summary>The minified script, safe to place inside an inline <c>&lt;script&gt;</c> element.</summary>
    public static string Text => Source.Value.Text;

    private static (string, string) Load()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"plotly.js: {assembly.GetName().Name} {assembly.GetName().Version} has no embedded {Prefix}*{Suffix}; expected Plotly.NET 6");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);

        // An inline script ends at the first "</script" whatever the JS context, so break that sequence up (same meaning in JS).
        var text = reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        return (name[Prefix.Length..^Suffix.Length], text);
    }
}
