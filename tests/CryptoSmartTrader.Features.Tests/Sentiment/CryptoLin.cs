using System.Globalization;
using System.Text;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Sentiment;

/// <summary>The CryptoLin headlines (<c>id,date,headline,label</c>, RFC 4180 quoting), oldest first.</summary>
internal static class CryptoLin
{
    public sealed record Row(int Id, DateOnly Date, string Headline, int Label);

    private static readonly Lazy<IReadOnlyList<Row>> All = new(Load);

    public static IReadOnlyList<Row> Rows => All.Value;

    /// <summary>The older half (used to choose thresholds and words) and the newer half (used once, for the reported figures).</summary>
    public static (IReadOnlyList<Row> Tune, IReadOnlyList<Row> Test) ChronologicalSplit()
    {
        var half = Rows.Count / 2;
        return (Rows.Take(half).ToArray(), Rows.Skip(half).ToArray());
    }

    private static IReadOnlyList<Row> Load()
    {
        var text = File.ReadAllText(SharedDatasets.PathOf("sentiment", "cryptolin_headlines.csv"), Encoding.UTF8);
        var records = Parse(text);
        Assert.Equal(["id", "date", "headline", "label"], records[0]);
        return records.Skip(1).Where(r => r.Count == 4)
            .Select(r => new Row(int.Parse(r[0], CultureInfo.InvariantCulture), DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), r[2],
                int.Parse(r[3], CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Date).ThenByDescending(r => r.Id) // ids ascend from the newest row
            .ToArray();
    }

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(c);
        }

        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
