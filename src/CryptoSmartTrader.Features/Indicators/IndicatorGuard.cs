namespace CryptoSmartTrader.Features.Indicators;

/// <summary>Parameter checks with messages naming the indicator, the parameter and what was expected.</summary>
internal static class IndicatorGuard
{
    public static int Period(string indicator, string parameter, int value, int min = 1)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{indicator}: {parameter} must be >= {min}, got {value}");
        }

        return value;
    }

    public static double Positive(string indicator, string parameter, double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{indicator}: {parameter} must be a finite number > 0, got {value}");
        }

        return value;
    }

    public static void Less(string indicator, string smaller, int a, string larger, int b)
    {
        if (a >= b)
        {
            throw new ArgumentOutOfRangeException(smaller, a, $"{indicator}: {smaller} ({a}) must be less than {larger} ({b})");
        }
    }
}
