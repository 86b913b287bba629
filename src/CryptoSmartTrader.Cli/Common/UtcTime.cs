using System.CommandLine.Parsing;
using System.Globalization;

namespace CryptoSmartTrader.Cli.Common;

/// <summary>Parses user-supplied times. Everything is UTC: a time without an offset is read as UTC, never local time.</summary>
public static class UtcTime
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        if (DateTime.TryParseExact(t, Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dt))
        {
            value = new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc));
            return true;
        }

        if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && t.Contains('T'))
        {
            value = dto.ToUniversalTime();
            return true;
        }

        return false;
    }

    public static DateTimeOffset Parse(string text, string optionName) =>
        TryParse(text, out var v) ? v
        : throw new CliUsageException($"{optionName}: expected an ISO date such as 2024-01-01 or 2024-06-01T12:00Z (UTC), got '{text}'");

    internal static DateTimeOffset? ParseForOption(ArgumentResult result, string text)
    {
        if (TryParse(text, out var v))
        {
            return v;
        }

        // The option's name, not result.Parent's ToString(), which prints an internal type ("OptionResult: --from x").
        result.AddError($"{(result.Parent as OptionResult)?.Option.Name ?? "time"}: expected an ISO date such as 2024-01-01 or 2024-06-01T12:00Z (UTC), got '{text}'");
        return null;
    }
}
