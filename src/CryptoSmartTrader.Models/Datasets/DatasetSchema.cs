using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>
/// The column layout of a model's input: the feature set's columns, optionally the lag return over the horizon,
/// then one indicator per training symbol. Inference builds rows with the same schema so columns cannot drift apart.
/// </summary>
public sealed record DatasetSchema
{
    public DatasetSchema(IReadOnlyList<string> featureColumns, IReadOnlyList<Symbol> symbols, Horizon horizon, bool includeLagReturn, bool includeSymbolIndicators,
        int sequenceLength = 1)
    {
        if (sequenceLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sequenceLength), sequenceLength, "dataset schema: sequence length must be at least 1 bar");
        }

        FeatureColumns = featureColumns.ToArray();
        Symbols = symbols.ToArray();
        Horizon = horizon;
        IncludeLagReturn = includeLagReturn;
        IncludeSymbolIndicators = includeSymbolIndicators;
        var names = new List<string>(FeatureColumns);
        if (includeLagReturn)
        {
            names.Add(DatasetOptions.LagReturnColumn);
        }

        if (includeSymbolIndicators)
        {
            names.AddRange(Symbols.Select(s => DatasetOptions.SymbolColumnPrefix + s));
        }

        StepWidth = names.Count;
        SequenceLength = sequenceLength;
        ColumnNames = sequenceLength == 1
            ? names
            : Enumerable.Range(0, sequenceLength).SelectMany(s => names.Select(n => StepColumn(n, sequenceLength - 1 - s))).ToArray();
    }

    public IReadOnlyList<string> FeatureColumns { get; }
    public IReadOnlyList<Symbol> Symbols { get; }
    public Horizon Horizon { get; }
    public bool IncludeLagReturn { get; }
    public bool IncludeSymbolIndicators { get; }
    public IReadOnlyList<string> ColumnNames { get; }
    public int Width => ColumnNames.Count;

    /// <summary>Bars per row (see <see cref="DatasetOptions.SequenceLength"/>); a row is <see cref="SequenceLength"/> blocks of <see cref="StepWidth"/> columns, oldest bar first.</summary>
    public int SequenceLength { get; }

    /// <summary>Columns per bar: the features, the lag return and the symbol indicators.</summary>
    public int StepWidth { get; }

    /// <summary>The name of <paramref name="column"/> for the bar <paramref name="barsBack"/> bars before the sample's bar, e.g. <c>rsi_14@t-3</c>.</summary>
    public static string StepColumn(string column, int barsBack) => barsBack == 0 ? column + "@t" : $"{column}@t-{barsBack}";

    /// <summary>Bars per row implied by column names from a schema: 1 without <c>@t</c> suffixes, else columns / columns ending in <c>@t</c>.</summary>
    public static int SequenceLengthOf(IReadOnlyList<string> columnNames)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        var current = columnNames.Count(n => n.EndsWith("@t", StringComparison.Ordinal));
        return current == 0 || columnNames.Count % current != 0 ? 1 : columnNames.Count / current;
    }

    /// <summary>
    /// Writes one bar's columns (<see cref="StepWidth"/> values: a whole row when <see cref="SequenceLength"/> is 1, else one step of it).
    /// A symbol outside the training set gets all indicators at zero.
    /// </summary>
    public void FillRow(Span<double> destination, ReadOnlySpan<double> features, double lagReturn, Symbol symbol)
    {
        if (features.Length != FeatureColumns.Count)
        {
            throw new ArgumentException($"dataset schema: expected {FeatureColumns.Count} feature values, got {features.Length}", nameof(features));
        }

        if (destination.Length != StepWidth)
        {
            throw new ArgumentException($"dataset schema: destination must hold {StepWidth} values, got {destination.Length}", nameof(destination));
        }

        features.CopyTo(destination);
        var c = features.Length;
        if (IncludeLagReturn)
        {
            destination[c++] = lagReturn;
        }

        if (IncludeSymbolIndicators)
        {
            destination[c..].Clear();
            for (var s = 0; s < Symbols.Count; s++)
            {
                if (Symbols[s] == symbol)
                {
                    destination[c + s] = 1;
                }
            }
        }
    }
}
