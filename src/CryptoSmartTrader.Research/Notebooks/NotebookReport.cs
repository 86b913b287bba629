using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>Maps an executed notebook onto the report model rendered by <see cref="HtmlReportRenderer"/>.</summary>
internal static class NotebookReport
{
    public static ReportDocument Build(string title, IReadOnlyList<ExecutedCell> cells, RunMetadata metadata)
    {
        var reportCells = new List<ReportCell>();
        foreach (var executed in cells)
        {
            if (executed.Cell.IsCode)
            {
                reportCells.Add(new CodeCell(executed.Cell.Source, [.. executed.Outputs.Select(o => o.Content)], executed.ExecutionCount, executed.Duration));
            }
            else if (executed.Cell.Kind == "markdown")
            {
                reportCells.Add(new MarkdownCell(executed.Cell.Source));
            }
        }

        return new ReportDocument(title, reportCells, metadata);
    }
}
