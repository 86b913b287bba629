using System.Globalization;
using System.Text;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Cli.Commands.Features;

/// <summary>Writes <c>open_time_ms,close_time_ms,&lt;features…&gt;</c>; not-ready (NaN) values are written as empty fields.</summary>
internal static class FeatureCsvWriter
{
    public static async Task WriteAsync(string path, CandleSeries series, int first, int count, IReadOnlyList<string> columns, double[][] values,
        CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteAsync("open_time_ms,close_time_ms," + string.Join(',', columns) + "\n");
        var line = new StringBuilder(32 + 20 * columns.Count);
        for (var i = first; i < first + count; i++)
        {
            line.Clear().Append(series.OpenTimeMs[i]).Append(',').Append(series.CloseTimeMs[i]);
            foreach (var column in values)
            {
                line.Append(',');
                var v = column[i];
                if (!double.IsNaN(v))
                {
                    line.Append(v.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            await writer.WriteAsync(line.Append('\n'), cancellationToken);
        }
    }
}
