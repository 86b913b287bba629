using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Kernel;

/// <summary>
/// Maps the library's report outputs to Jupyter MIME bundles: text → text/plain; HTML → text/html + text/plain; charts →
/// application/vnd.plotly.v1+json (drawn natively by VS Code and JupyterLab) with a text/html fallback for front ends that cannot
/// (classic Notebook), drawn by <see cref="NotebookChartHtml"/>.
/// </summary>
internal sealed partial class MimeBundles
{
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
        return new JsonObject
        {
            ["application/vnd.plotly.v1+json"] = JsonNode.Parse(figureJson),
            ["text/html"] = NotebookChartHtml.Html(chart),
            ["text/plain"] = chart.Description,
        };
    }

    /// <summary>Writes plotly.js (the one copy the reporting library embeds) where the notebook server serves nbextensions.</summary>
    public static string InstallNbextension(string nbextensionsDirectory)
    {
        var folder = Path.Combine(nbextensionsDirectory, NotebookChartHtml.NbextensionName);
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
