namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// Order, venue and trade ids of the form <c>prefix-N</c> / <c>prefix-sepN</c> built in one allocation (the same text as
/// <c>prefix + "-" + n.ToString(InvariantCulture)</c>, which also allocated the number's string): every order of a
/// backtest gets two or three such ids.
/// </summary>
internal static class IdText
{
    public static string Join(string prefix, string separator, long n)
    {
        var digits = Digits(n);
        return string.Create(prefix.Length + separator.Length + digits, (prefix, separator, n), static (span, s) =>
        {
            s.prefix.CopyTo(span);
            s.separator.CopyTo(span[s.prefix.Length..]);
            var ok = s.n.TryFormat(span[(s.prefix.Length + s.separator.Length)..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            if (!ok || written != span.Length - s.prefix.Length - s.separator.Length) throw new InvalidOperationException("id: the number did not fit");
        });
    }

    // Characters of n in invariant culture (a leading '-' for negatives).
    private static int Digits(long n)
    {
        if (n < 0) return n == long.MinValue ? 20 : 1 + Digits(-n);
        var d = 1;
        while (n >= 10)
        {
            n /= 10;
            d++;
        }

        return d;
    }
}
