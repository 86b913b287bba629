namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// What <c>display(value)</c> returns, as in Polyglot Notebooks: <see cref="Update"/> replaces the shown output in place
/// (Jupyter <c>update_display_data</c>), e.g. for progress.
/// </summary>
public sealed class DisplayedValue
{
    private readonly CellCapture? _origin;

    internal DisplayedValue(CellCapture? origin, string displayId, object? value)
    {
        _origin = origin;
        DisplayId = displayId;
        Value = value;
    }

    public string DisplayId { get; }

    public object? Value { get; private set; }

    /// <summary>Shows <paramref name="value"/> in place of the earlier output (from a later cell too).</summary>
    public void Update(object? value)
    {
        Value = value;
        (ConsoleCapture.Current ?? _origin)?.Update(DisplayId, value);
    }

    public override string ToString() => $"displayed {DisplayId}";
}
