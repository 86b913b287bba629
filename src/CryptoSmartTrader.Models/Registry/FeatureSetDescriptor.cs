namespace CryptoSmartTrader.Models.Registry;

/// <summary>Which feature set (and version) produced a model's inputs, and its columns in order.</summary>
public sealed record FeatureSetDescriptor(string Name, string Version, IReadOnlyList<string> Columns)
{
    /// <summary>
    /// A descriptor whose version is derived from the column list (first 12 hex digits of its SHA-256), so adding,
    /// removing or renaming a column changes the version.
    /// </summary>
    public static FeatureSetDescriptor FromColumns(string name, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", columns)));
        return new FeatureSetDescriptor(name, "c" + Convert.ToHexString(hash)[..12].ToLowerInvariant(), columns.ToArray());
    }

    /// <summary>Null when compatible, else a message naming what differs.</summary>
    public string? Difference(FeatureSetDescriptor current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (Name != current.Name || Version != current.Version)
        {
            return $"model was trained on feature set {Name} v{Version}, the current code provides {current.Name} v{current.Version}";
        }

        if (!Columns.SequenceEqual(current.Columns, StringComparer.Ordinal))
        {
            var missing = Columns.Except(current.Columns).ToArray();
            var added = current.Columns.Except(Columns).ToArray();
            return $"feature set {Name} v{Version} columns differ: model expects [{string.Join(", ", Columns)}]"
                + (missing.Length > 0 ? $"; missing now: [{string.Join(", ", missing)}]" : string.Empty)
                + (added.Length > 0 ? $"; new: [{string.Join(", ", added)}]" : string.Empty)
                + (missing.Length == 0 && added.Length == 0 ? "; same columns in a different order" : string.Empty);
        }

        return null;
    }
}
