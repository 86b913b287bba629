using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

/// <summary>
/// One JKorf fixture from <c>shared/datasets/api_fixtures/jkorf</c>, read in place: line 1 method, line 2 path,
/// line 3 authenticated flag, then the response body.
/// </summary>
public sealed record RecordedPayload(string Method, string Path, string Body)
{
    public static RecordedPayload Load(params string[] parts)
    {
        var file = SharedDatasets.PathOf(["api_fixtures", "jkorf", .. parts]);
        var lines = File.ReadAllLines(file);
        return new RecordedPayload(lines[0].Trim(), lines[1].Trim(), string.Join('\n', lines.Skip(3)));
    }

    /// <summary>A subscription transcript's lines: '&gt;' sent, '&lt;' received, '=' pushed (its JSON may span several lines).</summary>
    public static IReadOnlyList<(char Kind, string Json)> Transcript(params string[] parts)
    {
        var file = SharedDatasets.PathOf(["api_fixtures", "jkorf", .. parts]);
        var result = new List<(char, string)>();
        foreach (var line in File.ReadAllLines(file))
        {
            if (line.Length > 0 && line[0] is '>' or '<' or '=')
            {
                result.Add((line[0], line[1..].Trim()));
            }
            else if (result.Count > 0)
            {
                var (k, j) = result[^1];
                result[^1] = (k, j + "\n" + line);
            }
        }

        return result;
    }
}
