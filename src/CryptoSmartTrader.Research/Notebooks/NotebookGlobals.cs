using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Members every notebook cell can call without qualification, matching the Polyglot Notebooks (.NET Interactive) C# kernel so the same
/// cells run in VS Code: <c>display(value)</c> and <c>HTML("…")</c>. Charts (any Plotly.NET <see cref="Plotly.NET.GenericChart"/>),
/// <see cref="HtmlContent"/> and <see cref="ReportDataRange"/> are shown richly; anything else as text.
/// </summary>
public sealed class NotebookGlobals
{
    internal NotebookGlobals(string notebookDirectory) => NotebookDirectory = notebookDirectory;

    /// <summary>The folder of the notebook being run (relative paths in cells resolve against the process's working directory).</summary>
    public string NotebookDirectory { get; }

    /// <summary>The running cell's cancellation token (cancelled when the cell times out); pass it to long calls.</summary>
    public CancellationToken CancellationToken => CellCancellation.Current;

    internal CellCapture? Capture { get; set; }

#pragma warning disable IDE1006 // lower-case names match the Polyglot Notebooks globals that cells are written against
    /// <summary>Shows a value below the cell (text, HTML, chart); the returned handle updates it in place.</summary>
    public DisplayedValue display(object? value)
    {
        var capture = ConsoleCapture.Current ?? Capture;
        var shown = new DisplayedValue(capture, Guid.NewGuid().ToString("N"), value);
        capture?.Add(value, isResult: false, shown.DisplayId);
        return shown;
    }
#pragma warning restore IDE1006

    /// <summary>Marks trusted markup to be displayed as HTML.</summary>
    public HtmlContent HTML(string html) => new(html);
}
