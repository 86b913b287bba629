using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>
/// Samples for one horizon, sorted by feature time then symbol: inputs known at <see cref="TimesMs"/> (a bar close)
/// and labels realised strictly after it. <see cref="Returns"/> is the forward log return; <see cref="Up"/> is 1 when
/// it is positive; <see cref="Directions"/> applies the cost threshold (+1/0/-1).
/// </summary>
public sealed class LabeledDataset
{
    internal LabeledDataset(DatasetSchema schema, IReadOnlyList<Symbol> symbols, FeatureRows x, double[] returns, double[] directions, double[]? barriers,
        int[] symbolIndex, long[] timesMs, TimeSpan featureLookback, DatasetReport report)
    {
        Schema = schema;
        Symbols = symbols;
        X = x;
        Returns = returns;
        Directions = directions;
        Barriers = barriers;
        SymbolIndex = symbolIndex;
        TimesMs = timesMs;
        FeatureLookback = featureLookback;
        Report = report;
        Up = returns.Select(r => r > 0 ? 1.0 : 0.0).ToArray();
    }

    public DatasetSchema Schema { get; }
    /// <summary>The frames' symbols; <see cref="SymbolIndex"/> points into this list.</summary>
    public IReadOnlyList<Symbol> Symbols { get; }

    public FeatureRows X { get; }
    public double[] Returns { get; }
    public double[] Up { get; }
    public double[] Directions { get; }
    public double[]? Barriers { get; }
    public int[] SymbolIndex { get; }
    public long[] TimesMs { get; }
    public TimeSpan FeatureLookback { get; }
    public DatasetReport Report { get; }
    public Horizon Horizon => Schema.Horizon;
    public int Count => Returns.Length;

    /// <summary>Other horizons' labels for the same rows, attached by <see cref="CrossHorizonLabels.Attach"/> (empty otherwise).</summary>
    public IReadOnlyList<OtherHorizonLabels> OtherHorizons { get; private init; } = [];

    internal LabeledDataset WithOtherHorizons(IReadOnlyList<OtherHorizonLabels> others) =>
        new(Schema, Symbols, X, Returns, Directions, Barriers, SymbolIndex, TimesMs, FeatureLookback, Report) { OtherHorizons = others };

    public Symbol SymbolOf(int row) => Symbols[SymbolIndex[row]];

    public LabeledDataset Subset(IReadOnlyList<int> rows) => new(Schema, Symbols, X.Subset(rows), Pick(Returns, rows), Pick(Directions, rows),
        Barriers is null ? null : Pick(Barriers, rows), Pick(SymbolIndex, rows), Pick(TimesMs, rows), FeatureLookback, Report)
    {
        OtherHorizons = OtherHorizons.Select(o => o with { Returns = Pick(o.Returns, rows) }).ToArray(),
    };

    /// <summary>A SHA-256 over inputs, labels and times (first 16 hex digits): two datasets with the same fingerprint hold the same samples.</summary>
    public string Fingerprint()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(MemoryMarshal.AsBytes(X.Data.AsSpan()));
        sha.AppendData(MemoryMarshal.AsBytes(Returns.AsSpan()));
        sha.AppendData(MemoryMarshal.AsBytes(TimesMs.AsSpan()));
        sha.AppendData(MemoryMarshal.AsBytes(SymbolIndex.AsSpan()));
        foreach (var name in Schema.ColumnNames)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
        }

        return Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant();
    }

    private static T[] Pick<T>(T[] source, IReadOnlyList<int> rows)
    {
        var result = new T[rows.Count];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = source[rows[k]];
        }

        return result;
    }
}
