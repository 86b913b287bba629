using System.Globalization;

namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>
/// One swept parameter: either a list of values (grid search walks all of them; random search picks among them) or a
/// range [<see cref="Min"/>, <see cref="Max"/>] that random search samples uniformly (whole numbers when
/// <see cref="Integer"/>). Text forms (<see cref="Parse"/>): <c>name=1,2,5</c>, <c>name=10:50:10</c> (from:to:step,
/// both ends included) and <c>name=0.5..3</c> or <c>name=5..50:int</c> (a range, random search only).
/// </summary>
public sealed record SweepAxis
{
    public required string Name { get; init; }

    /// <summary>The values of a list axis; null for a range.</summary>
    public IReadOnlyList<double>? Values { get; init; }

    public double Min { get; init; }
    public double Max { get; init; }
    public bool Integer { get; init; }

    public bool IsRange => Values is null;

    public static SweepAxis List(string name, params double[] values)
    {
        if (values.Length == 0) throw new ArgumentException($"sweep axis {name}: expected at least one value", nameof(values));
        return new SweepAxis { Name = name, Values = values };
    }

    public static SweepAxis Range(string name, double min, double max, bool integer = false)
    {
        if (!(double.IsFinite(min) && double.IsFinite(max) && max >= min))
        {
            throw new ArgumentException($"sweep axis {name}: expected finite min <= max, got {min} .. {max}", nameof(max));
        }

        return new SweepAxis { Name = name, Min = min, Max = max, Integer = integer };
    }

    /// <summary>A value drawn for random search.</summary>
    internal double Sample(Random random)
    {
        if (Values is { } v) return v[random.Next(v.Count)];
        if (Integer) return random.Next((int)Math.Ceiling(Min), (int)Math.Floor(Max) + 1);
        return Min + random.NextDouble() * (Max - Min);
    }

    /// <summary>Parses <c>name=…</c>; every malformed form is an error that names the text and the accepted forms.</summary>
    public static SweepAxis Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string Forms = "expected name=v1,v2,… or name=from:to:step or name=min..max[:int]";
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1) throw new FormatException($"sweep parameter '{text}': {Forms}");
        var name = text[..eq].Trim();
        var spec = text[(eq + 1)..].Trim();
        if (spec.Contains("..", StringComparison.Ordinal))
        {
            var integer = spec.EndsWith(":int", StringComparison.OrdinalIgnoreCase);
            if (integer) spec = spec[..^4];
            var parts = spec.Split("..");
            if (parts.Length != 2 || !TryNumber(parts[0], out var min) || !TryNumber(parts[1], out var max) || max < min)
            {
                throw new FormatException($"sweep parameter '{text}': a range needs numbers min <= max, e.g. {name}=5..50:int");
            }

            return Range(name, min, max, integer);
        }

        if (spec.Contains(':', StringComparison.Ordinal))
        {
            var parts = spec.Split(':');
            if (parts.Length != 3 || !TryNumber(parts[0], out var from) || !TryNumber(parts[1], out var to) || !TryNumber(parts[2], out var step)
                || !(step > 0) || to < from)
            {
                throw new FormatException($"sweep parameter '{text}': from:to:step needs numbers from <= to and step > 0, e.g. {name}=10:50:10");
            }

            var count = (int)Math.Floor((to - from) / step + 1e-9) + 1;
            if (count > 100_000) throw new FormatException($"sweep parameter '{text}': {count} values; use a larger step");
            return List(name, Enumerable.Range(0, count).Select(i => Math.Round(from + i * step, 12)).ToArray());
        }

        var values = new List<double>();
        foreach (var p in spec.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryNumber(p, out var v)) throw new FormatException($"sweep parameter '{text}': '{p}' is not a number; {Forms}");
            values.Add(v);
        }

        return List(name, [.. values]);
    }

    private static bool TryNumber(string s, out double value) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
