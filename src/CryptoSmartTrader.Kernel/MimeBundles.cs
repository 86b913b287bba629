using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Kernel;

/// <summary>
/// Maps the library's report outputs to Jupyter MIME bundles: text → text/plain; HTML → text/html + text/plain; charts →
/// application/vnd.plotly.v1+json (drawn natively by VS Code and JupyterLab) with a text/html fallback for front ends that cannot
/// (classic Notebook). The fallback does not carry plotly.js (4.8 MB per copy made executed notebooks weigh 5–20 MB): it loads the
/// copy that <c>cst kernel install</c> puts in Jupyter's nbextensions folder, once per page, and every chart waits for that load.
/// </summary>
internal sealed partial class MimeBundles
{
    /// <summary>Served by the notebook server as &lt;base_url&gt;nbextensions/cst-plotly/plotly.min.js.</summary>
    public const string NbextensionName = "cst-plotly";

    public JsonObject Data(ReportOutput output) => output switch
    {
        ChartOutput chart => Chart(chart),
        HtmlOutput html => new JsonObject { ["text/html"] = html.Html, ["text/plain"] = html.PlainText ?? PlainText(html.Html) },
        MarkdownOutput markdown => new JsonObject { ["text/markdown"] = markdown.Markdown, ["text/plain"] = markdown.Markdown },
        TextOutput text => new JsonObject { ["text/plain"] = text.Text },
        ErrorOutput error => new JsonObject { ["text/plain"] = $"{error.Name}: {error.Message}" },
        _ => new JsonObject { ["text/plain"] = output.ToString() },
    };

    private static JsonObject Chart(ChartOutput chart)
    {
        var figureJson = chart.FigureJson;
        var id = "cst-plot-" + Guid.NewGuid().ToString("N")[..12];
        // The fallback carries the figure gzip-compressed: the plotly JSON is already in the bundle once, and a second plain copy
        // would double the weight of every chart in a saved notebook.
        var html = new StringBuilder(Loader)
            .Append("<div id=\"").Append(id).Append("\" class=\"cst-plot\" style=\"width:100%;min-height:360px\"></div>")
            .Append("<script>window.cstPlot('").Append(id).Append("', '").Append(Gzip(figureJson)).Append("');</script>");
        return new JsonObject
        {
            ["application/vnd.plotly.v1+json"] = JsonNode.Parse(figureJson),
            ["text/html"] = html.ToString(),
            ["text/plain"] = chart.Description,
        };
    }

    private static string Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>
    /// Defines <c>window.cstPlotly</c> once per page, a promise of plotly.js: the page's own Plotly if it has one, else the nbextension
    /// copy, through require.js where the page has it (classic Notebook; a plain script tag would clash with its AMD loader). plotly.js
    /// hands require nothing and sets window.Plotly instead, hence the fallbacks to it. Also defines <c>window.cstPlot(id, figure)</c>,
    /// which draws a gzip+base64 figure once plotly.js is there.
    /// </summary>
    private const string Loader =
        "<script>if (!window.cstPlotly) { window.cstPlotly = new Promise(function (resolve, reject) {" +
        "if (window.Plotly) { resolve(window.Plotly); return; }" +
        "var base = (document.body && document.body.getAttribute('data-base-url')) || '/';" +
        "var url = base + 'nbextensions/" + NbextensionName + "/plotly.min';" +
        "if (window.require && window.require.config) { window.require.config({ paths: { 'cst-plotly': url } }); window.require(['cst-plotly'], function (P) { resolve(P || window.Plotly); }, reject); }" +
        "else { var s = document.createElement('script'); s.src = url + '.js'; s.onload = function () { resolve(window.Plotly); }; s.onerror = reject; document.head.appendChild(s); }" +
        "}); }" +
        "if (!window.cstPlot) { window.cstPlot = function (id, packed) {" +
        "var b = atob(packed), a = new Uint8Array(b.length); for (var i = 0; i < b.length; i++) a[i] = b.charCodeAt(i);" +
        "var figure = new Response(new Blob([a]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(JSON.parse);" +
        "Promise.all([window.cstPlotly, figure]).then(function (r) { var f = r[1];" +
        "(r[0] || window.Plotly).newPlot(id, f.data, f.layout, { responsive: true, displaylogo: false }); })" +
        ".catch(function (e) { document.getElementById(id).textContent = 'chart not drawn (plotly.js comes with cst kernel install): ' + e; });" +
        "}; }</script>";

    /// <summary>Writes plotly.js (the one copy the reporting library embeds) where the notebook server serves nbextensions.</summary>
    public static string InstallNbextension(string nbextensionsDirectory)
    {
        var folder = Path.Combine(nbextensionsDirectory, NbextensionName);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "plotly.min.js");
        File.WriteAllText(path, PlotlyScript.Text);
        return path;
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
