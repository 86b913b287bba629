using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>Inputs and targets for fitting: <see cref="Up"/> is 0/1, <see cref="Returns"/> the forward log return.</summary>
public sealed record TrainingSet
{
    public TrainingSet(FeatureRows x, double[] up, double[] returns, IReadOnlyList<string> columnNames)
    {
        ArgumentNullException.ThrowIfNull(up);
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(columnNames);
        if (up.Length != x.Rows || returns.Length != x.Rows || columnNames.Count != x.Cols)
        {
            throw new ArgumentException($"training set: {x.Rows} rows × {x.Cols} columns need as many labels and names, got {up.Length} up, {returns.Length} returns, {columnNames.Count} names");
        }

        if (x.Rows == 0)
        {
            throw new ArgumentException("training set: expected at least one row", nameof(x));
        }

        X = x;
        Up = up;
        Returns = returns;
        ColumnNames = columnNames;
    }

    public FeatureRows X { get; }
    public double[] Up { get; }
    public double[] Returns { get; }
    public IReadOnlyList<string> ColumnNames { get; }
    public int Count => X.Rows;

    /// <summary>
    /// Sample times (bar closes, sorted) with the label horizon and feature look-back, when the set came from a
    /// <see cref="LabeledDataset"/>; predictors that validate internally (stacking) purge with them. Null for plain sets.
    /// </summary>
    public SampleTiming? Timing { get; init; }

    /// <summary>Labels of other horizons for the same rows (NaN where not realised or not allowed); see <see cref="CrossHorizonLabels"/>.</summary>
    public IReadOnlyList<OtherHorizonLabels> OtherHorizons { get; init; } = [];

    public static TrainingSet From(LabeledDataset dataset) => new(dataset.X, dataset.Up, dataset.Returns, dataset.Schema.ColumnNames)
    {
        Timing = new SampleTiming(dataset.TimesMs, dataset.Horizon, dataset.FeatureLookback),
        OtherHorizons = dataset.OtherHorizons,
    };

    public static TrainingSet From(LabeledDataset dataset, IReadOnlyList<int> rows) => From(dataset).Subset(rows);

    public TrainingSet Subset(IReadOnlyList<int> rows) =>
        new(X.Subset(rows), Pick(Up, rows), Pick(Returns, rows), ColumnNames)
        {
            Timing = Timing is null ? null : Timing with { TimesMs = Pick(Timing.TimesMs, rows) },
            OtherHorizons = OtherHorizons.Select(o => o with { Returns = Pick(o.Returns, rows) }).ToArray(),
        };

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
