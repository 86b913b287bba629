namespace CryptoSmartTrader.Core.Research;

/// <summary>A prediction horizon (1h, 24h, 7d, 30d) measured from the close of the bar the prediction is made on.</summary>
public readonly record struct Horizon(TimeSpan Duration)
{
    public static readonly Horizon H1 = new(TimeSpan.FromHours(1));
    public static readonly Horizon H24 = new(TimeSpan.FromHours(24));
    public static readonly Horizon D7 = new(TimeSpan.FromDays(7));
    public static readonly Horizon D30 = new(TimeSpan.FromDays(30));

    public static IReadOnlyList<Horizon> Standard { get; } = [H1, H24, D7, D30];

    public string Code => Duration.TotalDays >= 2 && Duration.TotalDays % 1 == 0 ? $"{Duration.TotalDays:0}d" : $"{Duration.TotalHours:0.##}h";

    public static Horizon Parse(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        if (v.Length >= 2 && double.TryParse(v[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            switch (v[^1])
            {
                case 'h': return new Horizon(TimeSpan.FromHours(n));
                case 'd': return new Horizon(TimeSpan.FromDays(n));
                case 'm': return new Horizon(TimeSpan.FromMinutes(n));
            }
        }

        throw new FormatException($"horizon: expected a duration such as 1h, 24h, 7d or 30d, got '{value}'");
    }

    public override string ToString() => Code;
}
