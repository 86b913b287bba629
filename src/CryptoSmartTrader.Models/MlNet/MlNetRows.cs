using CryptoSmartTrader.Models.Datasets;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CryptoSmartTrader.Models.MlNet;

/// <summary>Feature rows as an ML.NET data view: a float vector column "Features" plus the two labels.</summary>
internal static class MlNetRows
{
    public const string Features = nameof(Row.Features);
    public const string Up = nameof(Row.Up);
    public const string Return = nameof(Row.Return);

    public static IDataView View(MLContext ml, FeatureRows x, double[]? up = null, double[]? returns = null)
    {
        var rows = new Row[x.Rows];
        for (var i = 0; i < x.Rows; i++)
        {
            var source = x.Row(i);
            var features = new float[x.Cols];
            for (var c = 0; c < features.Length; c++)
            {
                // NaN stays NaN: both learners treat it as a missing value (LightGBM natively, FastTree by its binning).
                features[c] = (float)source[c];
            }

            rows[i] = new Row { Features = features, Up = up is not null && up[i] > 0.5, Return = returns is null ? 0 : (float)returns[i] };
        }

        var schema = SchemaDefinition.Create(typeof(Row));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, x.Cols);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>One column of a scored view, in row order.</summary>
    public static double[] Column(IDataView scored, string name) => scored.GetColumn<float>(name).Select(v => (double)v).ToArray();

    // Public only because ML.NET builds its row accessors by reflection.
    public sealed class Row
    {
        public float[] Features { get; set; } = [];
        public bool Up { get; set; }
        public float Return { get; set; }
    }
}
