using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>
/// The column layout of a model's input: the feature set's columns, optionally the lag return over the horizon,
/// then one indicator per training symbol. Inference builds rows with the same schema so columns cannot drift apart.
/// </summary>
public sealed record DatasetSchema
{
    public DatasetSchema(IReadOnlyList<string> featureColumns, IReadOnlyList<Symbol> symbols, Horizon horizon, bool includeLagReturn, bool includeSymbolIndicators)
    {
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

        ColumnNames = names;
    }

    public IReadOnlyList<string> FeatureColumns { get; }
    public IReadOnlyList<Symbol> Symbols { get; }
    public Horizon Horizon { get; }
    public bool IncludeLagReturn { get; }
    public bool IncludeSymbolIndicators { get; }
    public IReadOnlyList<string> ColumnNames { get; }
    public int Width => ColumnNames.Count;

    /// <summary>Writes one model-input row. A symbol outside the training set gets all indicators at zero.</summary>
    public void FillRow(Span<double> destination, ReadOnlySpan<double> features, double lagReturn, Symbol symbol)
    {
        if (features.Length != FeatureColumns.Count)
        {
            throw new ArgumentException($"dataset schema: expected {FeatureColumns.Count} feature values, got {features.Length}", nameof(features));
        }

        if (destination.Length != Width)
        {
            throw new ArgumentException($"dataset schema: destination must hold {Width} values, got {destination.Length}", nameof(destination));
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
