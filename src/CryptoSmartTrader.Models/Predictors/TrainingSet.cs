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

    public static TrainingSet From(LabeledDataset dataset) => new(dataset.X, dataset.Up, dataset.Returns, dataset.Schema.ColumnNames);

    public static TrainingSet From(LabeledDataset dataset, IReadOnlyList<int> rows) =>
        new(dataset.X.Subset(rows), rows.Select(r => dataset.Up[r]).ToArray(), rows.Select(r => dataset.Returns[r]).ToArray(), dataset.Schema.ColumnNames);

    public TrainingSet Subset(IReadOnlyList<int> rows) =>
        new(X.Subset(rows), rows.Select(r => Up[r]).ToArray(), rows.Select(r => Returns[r]).ToArray(), ColumnNames);
}
