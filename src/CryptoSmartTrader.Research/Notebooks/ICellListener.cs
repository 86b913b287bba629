using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Receives a running cell's outputs as they happen (an interactive front end shows them live; the headless runner collects them).
/// Calls come from the cell's threads, in the order the cell produced them; implementations must only queue and return.
/// </summary>
public interface ICellListener
{
    /// <summary>Text written to Console.Out ("stdout") or Console.Error ("stderr").</summary>
    void Stream(string name, string text);

    /// <summary>A displayed value (<paramref name="isResult"/>: the value of the cell's last expression).</summary>
    void Display(ReportOutput output, bool isResult, string? displayId);

    /// <summary>A new value for an output shown earlier with the same display id.</summary>
    void Update(ReportOutput output, string displayId);

    /// <summary>A line the cell reads from Console.In; null when the front end cannot provide input (reads then see end of input).</summary>
    string? ReadLine(string prompt, bool password);
}
