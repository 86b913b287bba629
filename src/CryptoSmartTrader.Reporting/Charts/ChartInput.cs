namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Input checks shared by the chart factories; every message names the chart, the input and what was expected.</summary>
internal static class ChartInput
{
    public static void SameLength(string chart, string name, int actual, string otherName, int expected)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{chart}: {name} has {actual} values but {otherName} has {expected}; they must line up one to one", name);
        }
    }

    public static void NotEmpty(string chart, string name, int count)
    {
        if (count == 0)
        {
            throw new ArgumentException($"{chart}: {name} is empty; at least one value is needed", name);
        }
    }

    public static void Increasing(string chart, string name, IReadOnlyList<DateTimeOffset> times)
    {
        for (var i = 1; i < times.Count; i++)
        {
            if (times[i] <= times[i - 1])
            {
                throw new ArgumentException(
                    $"{chart}: {name} must be strictly increasing, but [{i}] {times[i]:O} is not after [{i - 1}] {times[i - 1]:O}", name);
            }
        }
    }
}
