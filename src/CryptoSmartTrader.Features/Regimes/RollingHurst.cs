namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// Hurst exponent over a trailing window of <c>window</c> log returns (so <c>window + 1</c> closes); bar t uses returns
/// t−window+1..t only. Bars before that are NaN. Gaps in the series are not bridged or filled: the return across a gap
/// is simply the log ratio of the two adjacent recorded closes.
/// </summary>
public static class RollingHurst
{
    public static double[] Compute(ReadOnlySpan<double> close, int window, HurstMethod method)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 4 * HurstExponent.MinimumChunk);
        var r = RealizedVolatility.LogReturns(close);
        var h = new double[close.Length];
        for (var t = 0; t < close.Length; t++)
        {
            if (t < window)
            {
                h[t] = double.NaN;
                continue;
            }

            var slice = r.AsSpan(t - window + 1, window);
            h[t] = method == HurstMethod.Dfa ? HurstExponent.Dfa(slice) : HurstExponent.RescaledRange(slice);
        }

        return h;
    }
}
