using System.Text;
using Plotly.NET;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// A chart as an HTML fragment (a div and the script that draws it), for hosts that show HTML outputs themselves (a notebook's
/// <c>text/html</c> fallback). With <c>includePlotlyJs</c> the fragment carries plotly.js (3.6 MB) and defines it only if the page has
/// none yet, so it works offline: send it with the first chart of a session, then fragments without it.
/// </summary>
public static class PlotlyHtml
{
    public static HtmlContent Fragment(GenericChart chart, bool includePlotlyJs = true)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Fragment(new ChartOutput(chart), includePlotlyJs);
    }

    public static HtmlContent Fragment(ChartOutput chart, bool includePlotlyJs = true)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = "cst-chart-" + Guid.NewGuid().ToString("N")[..12];
        var sb = new StringBuilder();
        if (includePlotlyJs)
        {
            sb.Append("<script>if (!window.Plotly) {\n").Append(PlotlyScript.Text).Append("\n}</script>");
        }

        sb.Append("<div id=\"").Append(id).Append("\" style=\"width:100%;min-height:320px\"></div>");
        AppendPlot(sb, id, chart.FigureJson);
        return new HtmlContent(sb.ToString());
    }

    /// <summary>The script that draws a figure into element <paramref name="id"/> once plotly.js is loaded.</summary>
    internal static void AppendPlot(StringBuilder sb, string id, string figureJson) =>
        sb.Append("<script>(function(){var f=").Append(ScriptSafe(figureJson)).Append(";Plotly.newPlot('").Append(id)
            .Append("',f.data,f.layout,{responsive:true,displaylogo:false});})();</script>");

    /// <summary>JSON inside an inline script: "&lt;/" would end the element, and "&lt;\/" means the same in JSON.</summary>
    internal static string ScriptSafe(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);
}
