using System.Globalization;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Derivatives;

/// <summary>
/// Computes the derivatives columns for one spot candle series from its perpetual's history. Row i uses only values known at
/// bar i's close: funding events by their funding time (the latest one, if not older than <see cref="DerivativesOptions.MaxFundingAge"/>),
/// open interest and mark closes stamped exactly at that close (no as-of fill across a missing period). Anything not
/// available is NaN.
/// </summary>
internal sealed class DerivativesFeatures
{
    private static readonly double YearMs = TimeSpan.FromDays(365.25).TotalMilliseconds;
    private readonly DerivativesOptions _o;

    public DerivativesFeatures(DerivativesOptions? options)
    {
        _o = options ?? new DerivativesOptions();
        _o.Validate();
        var n = _o.FundingEvents.ToString(CultureInfo.InvariantCulture);
        var k = _o.OpenInterestLookback.ToString(CultureInfo.InvariantCulture);
        var w = _o.ZWindow.ToString(CultureInfo.InvariantCulture);
        Columns =
        [
            "deriv_funding", $"deriv_funding_z_{n}", $"deriv_funding_flips_{n}", "deriv_carry_annual",
            $"deriv_oi_change_{k}", $"deriv_oi_change_z_{w}", $"deriv_oi_price_div_{k}",
            "deriv_basis", $"deriv_basis_z_{w}", "deriv_crowding",
            "deriv_sig_funding_flip", "deriv_sig_basis_extreme", "deriv_sig_oi_price_div",
        ];
    }

    public IReadOnlyList<string> Columns { get; }

    public double[][] Compute(CandleSeries series, DerivativesInputs? inputs)
    {
        var n = series.Count;
        var cols = Columns.Select(_ => Nan(n)).ToArray();
        if (inputs is null || n == 0)
        {
            return cols; // a spot-only symbol: missing, never guessed
        }

        FundingColumns(series, inputs.Funding, cols[0], cols[1], cols[2], cols[3], cols[10]);
        var close = series.Close;
        var oi = AtCloses(series, inputs.OpenInterest);
        var mark = AtCloses(series, inputs.MarkClose);
        var k = _o.OpenInterestLookback;
        for (var i = 0; i < n; i++)
        {
            if (i >= k && oi[i] > 0 && oi[i - k] > 0)
            {
                var change = Math.Log(oi[i] / oi[i - k]);
                var ret = Math.Log(close[i] / close[i - k]);
                cols[4][i] = change;
                cols[6][i] = change - ret;
                cols[12][i] = change >= _o.MinOpenInterestChange && ret < 0 ? 1 : change <= -_o.MinOpenInterestChange && ret > 0 ? -1 : 0;
            }

            cols[7][i] = double.IsNaN(mark[i]) ? double.NaN : (mark[i] - close[i]) / close[i];
        }

        RollingZ(cols[4], cols[5], _o.ZWindow);
        RollingZ(cols[7], cols[8], _o.ZWindow);
        for (var i = 0; i < n; i++)
        {
            var (fz, bz, oz) = (cols[1][i], cols[8][i], cols[5][i]);
            cols[9][i] = double.IsNaN(fz) || double.IsNaN(bz) || double.IsNaN(oz) ? double.NaN : (fz + bz + oz) / 3;
            cols[11][i] = double.IsNaN(bz) ? double.NaN : Math.Abs(bz) >= _o.BasisExtremeZ ? Math.Sign(bz) : 0;
        }

        return cols;
    }

    private void FundingColumns(CandleSeries series, IReadOnlyList<TimedValue> funding, double[] level, double[] z, double[] flips, double[] carry, double[] flip)
    {
        var closeMs = series.CloseTimeMs;
        var openMs = series.OpenTimeMs;
        var maxAgeMs = (long)_o.MaxFundingAge.TotalMilliseconds;
        var events = _o.FundingEvents;
        var j = 0; // events known at the current close
        for (var i = 0; i < series.Count; i++)
        {
            while (j < funding.Count && funding[j].KnownAt.ToUnixTimeMilliseconds() <= closeMs[i])
            {
                j++;
            }

            if (j == 0 || closeMs[i] - funding[j - 1].KnownAt.ToUnixTimeMilliseconds() > maxAgeMs)
            {
                continue;
            }

            var rate = funding[j - 1].Value;
            level[i] = rate;
            // The flip event fires on the bar in which the new-signed rate became known.
            var previousClose = i > 0 ? closeMs[i - 1] : openMs[0];
            flip[i] = j >= 2 && Math.Sign(rate) * Math.Sign(funding[j - 2].Value) < 0 && funding[j - 1].KnownAt.ToUnixTimeMilliseconds() > previousClose ? 1 : 0;
            if (j >= 2)
            {
                // The funding interval is the smallest recent spacing: a missing event widens one spacing, not the smallest.
                var spacing = long.MaxValue;
                for (var e = Math.Max(1, j - events + 1); e < j; e++)
                {
                    spacing = Math.Min(spacing, funding[e].KnownAt.ToUnixTimeMilliseconds() - funding[e - 1].KnownAt.ToUnixTimeMilliseconds());
                }

                carry[i] = rate * (YearMs / spacing);
            }

            if (j >= events)
            {
                double sum = 0, sumSq = 0;
                var signChanges = 0;
                for (var e = j - events; e < j; e++)
                {
                    sum += funding[e].Value;
                    if (e > j - events && Math.Sign(funding[e].Value) * Math.Sign(funding[e - 1].Value) < 0)
                    {
                        signChanges++;
                    }
                }

                var mean = sum / events;
                for (var e = j - events; e < j; e++)
                {
                    sumSq += (funding[e].Value - mean) * (funding[e].Value - mean);
                }

                var sd = Math.Sqrt(sumSq / (events - 1));
                // A constant rate (common: the venue's default 0.01 %) equals its mean: z is 0, not undefined.
                z[i] = sd > 0 ? (rate - mean) / sd : 0;
                flips[i] = signChanges;
            }
        }
    }

    /// <summary>Values stamped exactly at each bar's close; NaN where the series has none.</summary>
    private static double[] AtCloses(CandleSeries series, IReadOnlyList<TimedValue> values)
    {
        var result = Nan(series.Count);
        var closeMs = series.CloseTimeMs;
        var j = 0;
        for (var i = 0; i < series.Count; i++)
        {
            while (j < values.Count && values[j].KnownAt.ToUnixTimeMilliseconds() < closeMs[i])
            {
                j++;
            }

            if (j < values.Count && values[j].KnownAt.ToUnixTimeMilliseconds() == closeMs[i])
            {
                result[i] = values[j].Value;
            }
        }

        return result;
    }

    /// <summary>Sample z-score of each value against the window ending at it; NaN unless the whole window is present.</summary>
    private static void RollingZ(double[] x, double[] z, int window)
    {
        for (var i = window - 1; i < x.Length; i++)
        {
            double sum = 0;
            var complete = true;
            for (var t = i - window + 1; t <= i && complete; t++)
            {
                complete = !double.IsNaN(x[t]);
                sum += x[t];
            }

            if (!complete)
            {
                continue;
            }

            var mean = sum / window;
            double ss = 0;
            for (var t = i - window + 1; t <= i; t++)
            {
                ss += (x[t] - mean) * (x[t] - mean);
            }

            var sd = Math.Sqrt(ss / (window - 1));
            z[i] = sd > 0 ? (x[i] - mean) / sd : 0;
        }
    }

    private static double[] Nan(int n)
    {
        var a = new double[n];
        Array.Fill(a, double.NaN);
        return a;
    }
}
