using System.Reflection;
using CryptoSmartTrader.Reporting.Html;
using Deedle;

namespace CryptoSmartTrader.Research.Display;

/// <summary>Any Deedle frame or series as a head/tail table (row keys first; Deedle's missing values, NaN included, shown as &lt;missing&gt;).</summary>
internal static class DeedleDisplay
{
    private static readonly MethodInfo FrameMethod = typeof(DeedleDisplay).GetMethod(nameof(Frame), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo SeriesMethod = typeof(DeedleDisplay).GetMethod(nameof(Series), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static ReportOutput? TryFormat(object value)
    {
        for (var t = value.GetType(); t is not null; t = t.BaseType)
        {
            if (!t.IsGenericType) continue;
            var definition = t.GetGenericTypeDefinition();
            if (definition == typeof(Frame<,>))
            {
                return (ReportOutput)FrameMethod.MakeGenericMethod(t.GetGenericArguments()).Invoke(null, [value])!;
            }

            if (definition == typeof(Series<,>))
            {
                return (ReportOutput)SeriesMethod.MakeGenericMethod(t.GetGenericArguments()).Invoke(null, [value])!;
            }
        }

        return null;
    }

    private static HtmlOutput Frame<TRow, TColumn>(Frame<TRow, TColumn> frame)
    {
        var rows = frame.RowKeys.ToArray();
        var keys = frame.ColumnKeys.ToArray();
        var columns = keys.Select(k => frame.GetColumn<object>(k)).ToArray();
        return new DisplayTable(["", .. keys.Select(k => DisplayValue.Of(k))], $"Deedle frame: {rows.Length:N0} rows x {keys.Length} columns")
            .Rows(rows.Length, i => [DisplayValue.Of(rows[i]), .. columns.Select(c => Cell(c.TryGetAt((int)i)))])
            .ToOutput();
    }

    private static HtmlOutput Series<TKey, TValue>(Series<TKey, TValue> series)
    {
        var keys = series.Keys.ToArray();
        return new DisplayTable(["key", "value"], $"Deedle series: {keys.Length:N0} values")
            .Rows(keys.Length, i => [DisplayValue.Of(keys[i]), Cell(series.TryGetAt((int)i))])
            .ToOutput();
    }

    private static string Cell<T>(OptionalValue<T> value) => value.HasValue ? DisplayValue.Of(value.Value) : "<missing>";
}
