using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>Collects a cell's outputs in the order they happen: stream text (adjacent writes merged) and displayed values.</summary>
internal sealed class CellCapture
{
    private readonly object _gate = new();
    private readonly List<CellOutput> _outputs = [];
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
        }
    }

    public void Add(object? value, bool isResult)
    {
        lock (_gate)
        {
            if (value is ReportDataRange range) _dataRanges.Add(range);
            _outputs.Add(new CellOutput(OutputFormatter.Format(value), isResult));
        }
    }

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
