using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Kernel;

/// <summary>
/// Maps the library's report outputs to Jupyter MIME bundles: text → text/plain; HTML → text/html + text/plain; charts →
/// application/vnd.plotly.v1+json (drawn natively by VS Code and JupyterLab) with a text/html fallback for front ends that cannot
/// (classic Notebook). The fallback carries plotly.js only in the session's first chart, gzip-compressed (1.9 MB instead of 4.8 MB),
/// so an executed notebook with several charts stays small; later charts wait for that copy.
/// </summary>
internal sealed partial class MimeBundles
{
    private const string PlotlyResource = "CryptoSmartTrader.Reporting.plotly.min.js";
    private static readonly Lazy<string> CompressedPlotly = new(Compress);
    private bool _plotlySent;

    public JsonObject Data(ReportOutput output) => output switch
    {
        ChartOutput chart => Chart(chart.Figure),
        HtmlOutput html => new JsonObject { ["text/html"] = html.Html, ["text/plain"] = PlainText(html.Html) },
        TextOutput text => new JsonObject { ["text/plain"] = text.Text },
        ErrorOutput error => new JsonObject { ["text/plain"] = $"{error.Name}: {error.Message}" },
        _ => new JsonObject { ["text/plain"] = output.ToString() },
    };

    private JsonObject Chart(PlotlyFigure figure)
    {
        var json = figure.ToJsonNode();
        var id = "cst-plot-" + Guid.NewGuid().ToString("N")[..12];
        var html = new StringBuilder();
        if (!_plotlySent)
        {
            _plotlySent = true;
            html.Append(Loader());
        }

        html.Append("<div id=\"").Append(id).Append("\" class=\"cst-plot\" style=\"width:100%;min-height:360px\"></div><script>")
            .Append("(window.cstPlotly || Promise.resolve(window.Plotly)).then(function (P) { if (P) P.newPlot('").Append(id).Append("', ")
            .Append(json["data"]!.ToJsonString()).Append(", ").Append(json["layout"]!.ToJsonString())
            .Append(", {responsive: true, displaylogo: false}); });</script>");
        return new JsonObject
        {
            ["application/vnd.plotly.v1+json"] = json,
            ["text/html"] = html.ToString(),
            ["text/plain"] = figure.ToString(),
        };
    }

    /// <summary>
    /// Defines <c>window.cstPlotly</c>, a promise of plotly.js: decompressed in the browser and evaluated with AMD/CommonJS hidden, so
    /// it lands on window.Plotly even on pages with require.js (classic Notebook), where a plain script tag would fail.
    /// </summary>
    private static string Loader() =>
        "<script>if (!window.cstPlotly) { window.cstPlotly = window.Plotly ? Promise.resolve(window.Plotly) : (function () {" +
        "var b = atob('" + CompressedPlotly.Value + "'); var a = new Uint8Array(b.length); for (var i = 0; i < b.length; i++) a[i] = b.charCodeAt(i);" +
        "return new Response(new Blob([a]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(function (src) {" +
        "(new Function('define', 'module', 'exports', src)).call(window); return window.Plotly; }); })(); }</script>";

    private static string Compress()
    {
        using var stream = typeof(PlotlyFigure).Assembly.GetManifestResourceStream(PlotlyResource)
            ?? throw new InvalidOperationException($"embedded resource {PlotlyResource} is missing from CryptoSmartTrader.Reporting");
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) stream.CopyTo(gzip);
        return Convert.ToBase64String(buffer.ToArray());
    }

    private static string PlainText(string html)
    {
        var text = Tags().Replace(Cells().Replace(Breaks().Replace(html, "\n"), "\t"), string.Empty);
        return WebUtility.HtmlDecode(Blank().Replace(text, "\n")).Trim();
    }

    [GeneratedRegex("<(br|/tr|/p|/div|/h[1-6]|/li)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex("</t[dh]>", RegexOptions.IgnoreCase)]
    private static partial Regex Cells();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\n\\s*\\n+")]
    private static partial Regex Blank();
}
