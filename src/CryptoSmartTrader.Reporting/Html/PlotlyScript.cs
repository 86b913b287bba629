namespace CryptoSmartTrader.Reporting.Html;

/// <summary>plotly.js (npm plotly.js-dist-min, see web/package.json), compiled into this assembly so reports need no network.</summary>
internal static class PlotlyScript
{
    public const string ResourceName = "CryptoSmartTrader.Reporting.plotly.min.js";

    private static readonly Lazy<string> Source = new(Load);

    public static string Text => Source.Value;

    private static string Load()
    {
        using var stream = typeof(PlotlyScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing; rebuild after running npm ci in src/CryptoSmartTrader.Reporting/web");
        using var reader = new StreamReader(stream);

        // An inline script ends at the first "</script" whatever the JS context, so break that sequence up (same meaning in JS).
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
