using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Collects a cell's outputs in the order they happen: stream text (adjacent writes merged) and displayed values. A listener, if any,
/// sees each output as it happens (the kernel publishes them live); the collected list is what the headless runner writes.
/// </summary>
internal sealed class CellCapture(ICellListener? listener = null)
{
    private readonly object _gate = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly Dictionary<string, int> _displayed = new(StringComparer.Ordinal);
    private readonly List<ReportDataRange> _dataRanges = [];

    public void Write(string stream, string text)
    {
        if (text.Length == 0) return;
        lock (_gate)
        {
            if (_outputs.Count > 0 && _outputs[^1].Content is TextOutput { Stream: { } s } last && s == stream)
            {
                _outputs[^1] = new CellOutput(last with { Text = last.Text + text });
            }
            else
            {
                _outputs.Add(new CellOutput(new TextOutput(text, stream)));
            }

            listener?.Stream(stream, text);
        }
    }

    public void Add(object? value, bool isResult, string? displayId = null)
    {
        lock (_gate)
        {
            if (value is ReportDataRange range) _dataRanges.Add(range);
            var output = OutputFormatter.Format(value);
            if (displayId is not null) _displayed[displayId] = _outputs.Count;
            _outputs.Add(new CellOutput(output, isResult));
            listener?.Display(output, isResult, displayId);
        }
    }

    public void Update(string displayId, object? value)
    {
        lock (_gate)
        {
            var output = OutputFormatter.Format(value);
            if (_displayed.TryGetValue(displayId, out var index)) _outputs[index] = new CellOutput(output);
            listener?.Update(output, displayId);
        }
    }

    public string? ReadLine(string prompt, bool password) => listener?.ReadLine(prompt, password);

    public bool CanRead => listener is not null;

    public void AddError(ErrorOutput error)
    {
        lock (_gate) _outputs.Add(new CellOutput(error));
    }

    public IReadOnlyList<CellOutput> Outputs
    {
        get { lock (_gate) return [.. _outputs]; }
    }

    public IReadOnlyList<ReportDataRange> DataRanges
    {
        get { lock (_gate) return [.. _dataRanges]; }
    }
}
