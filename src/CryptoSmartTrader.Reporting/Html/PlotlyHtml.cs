using System.Text;
using CryptoSmartTrader.Reporting.Charts;

namespace CryptoSmartTrader.Reporting.Html;

/// <summary>
/// A figure as an HTML fragment (a div and the script that draws it), for hosts that show HTML outputs themselves, such as VS Code
/// Polyglot Notebooks through a registered formatter. With <c>includePlotlyJs</c> the fragment carries plotly.js (4.8 MB) and defines it
/// only if the page has none yet, so it works offline; without it the page must already have loaded plotly.js.
/// </summary>
public static class PlotlyHtml
{
    public static HtmlContent Fragment(PlotlyFigure figure, bool includePlotlyJs = true)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var id = "cst-chart-" + Guid.NewGuid().ToString("N")[..12];
        var json = figure.ToJsonNode();
        var sb = new StringBuilder();
        if (includePlotlyJs)
        {
            sb.Append("<script>if (!window.Plotly) {\n").Append(PlotlyScript.Text).Append("\n}</script>");
        }

        sb.Append("<div id=\"").Append(id).Append("\" style=\"width:100%;min-height:320px\"></div><script>Plotly.newPlot('").Append(id).Append("', ")
            .Append(json["data"]!.ToJsonString()).Append(", ").Append(json["layout"]!.ToJsonString())
            .Append(", {responsive: true, displaylogo: false});</script>");
        return new HtmlContent(sb.ToString());
    }
}
