using System.IO.Compression;
using System.Text;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// A chart as notebook HTML for front ends that cannot draw the plotly MIME type (classic Notebook, the .NET Interactive kernel).
/// It does not carry plotly.js (4.8 MB per copy made executed notebooks weigh 5–20 MB): it loads the copy that
/// <c>cst kernel install</c> puts in Jupyter's nbextensions folder, once per page, and every chart waits for that load.
/// </summary>
public static class NotebookChartHtml
{
    /// <summary>Served by the notebook server as &lt;base_url&gt;nbextensions/cst-plotly/plotly.min.js.</summary>
    public const string NbextensionName = "cst-plotly";

    /// <summary>The loader (defined once per page whatever the number of charts), a div, and the figure gzip-compressed.</summary>
    public static string Html(ChartOutput chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = "cst-plot-" + Guid.NewGuid().ToString("N")[..12];
        // The figure travels gzip-compressed: where the plotly JSON is in the bundle too, a second plain copy would double the
        // weight of every chart in a saved notebook.
        return new StringBuilder(Loader)
            .Append("<div id=\"").Append(id).Append("\" class=\"cst-plot\" style=\"width:100%;min-height:360px\"></div>")
            .Append("<script>window.cstPlot('").Append(id).Append("', '").Append(Gzip(chart.FigureJson)).Append("');</script>")
            .ToString();
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
}
