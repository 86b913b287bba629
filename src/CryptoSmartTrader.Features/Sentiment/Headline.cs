namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>
/// A news headline and the first instant it may be used. For sources that give only a calendar date, use
/// <see cref="FromDate"/>: the headline is treated as published at the end of that UTC day, since the hour is unknown.
/// </summary>
public sealed record Headline(DateTimeOffset PublishedAt, string Text)
{
    public static Headline FromDate(DateOnly date, string text) =>
        new(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1), text);
}
