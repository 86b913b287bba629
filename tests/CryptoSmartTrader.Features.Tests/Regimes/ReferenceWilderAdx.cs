namespace CryptoSmartTrader.Features.Tests.Regimes;

/// <summary>
/// Test-side reference: Wilder's ADX (New Concepts in Technical Trading Systems, 1978) written independently of the
/// indicator family, in Wilder's original sum-seeded form. TR, +DM, −DM start at bar 1; the first smoothed sums are plain sums of
/// bars 1..n, then S ← S − S/n + x. DX = 100·|+DI − −DI| / (+DI + −DI); the first ADX is the mean of the first n DX values
/// (ready at bar 2n − 1), then ADX ← (ADX·(n − 1) + DX) / n.
/// </summary>
internal static class ReferenceWilderAdx
{
    public static double[] Compute(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period)
    {
        var len = close.Length;
        var adx = new double[len];
        Array.Fill(adx, double.NaN);
        double sTr = 0, sPlus = 0, sMinus = 0, adxValue = 0, dxSum = 0;
        for (var t = 1; t < len; t++)
        {
            var up = high[t] - high[t - 1];
            var down = low[t - 1] - low[t];
            var plusDm = up > down && up > 0 ? up : 0;
            var minusDm = down > up && down > 0 ? down : 0;
            var tr = Math.Max(high[t] - low[t], Math.Max(Math.Abs(high[t] - close[t - 1]), Math.Abs(low[t] - close[t - 1])));
            if (t <= period)
            {
                sTr += tr;
                sPlus += plusDm;
                sMinus += minusDm;
                if (t < period)
                {
                    continue;
                }
            }
            else
            {
                sTr = sTr - sTr / period + tr;
                sPlus = sPlus - sPlus / period + plusDm;
                sMinus = sMinus - sMinus / period + minusDm;
            }

            var pdi = sTr > 0 ? 100 * sPlus / sTr : 0;
            var mdi = sTr > 0 ? 100 * sMinus / sTr : 0;
            var dx = pdi + mdi > 0 ? 100 * Math.Abs(pdi - mdi) / (pdi + mdi) : 0;
            var k = t - period + 1; // 1-based count of DX values so far
            if (k < period)
            {
                dxSum += dx;
            }
            else if (k == period)
            {
                adxValue = (dxSum + dx) / period;
                adx[t] = adxValue;
            }
            else
            {
                adxValue = (adxValue * (period - 1) + dx) / period;
                adx[t] = adxValue;
            }
        }

        return adx;
    }
}
