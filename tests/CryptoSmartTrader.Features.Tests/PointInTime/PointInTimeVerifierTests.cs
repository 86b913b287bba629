using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.Features.PointInTime;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.PointInTime;

public sealed class PointInTimeVerifierTests
{
    [Fact]
    public void Every_technical_indicator_is_point_in_time_on_real_data()
    {
        var report = PointInTimeAssert.NoLookAhead(new TechnicalFeatureSet());
        Assert.Equal(40, report.CutIndices.Count);
        Assert.True(report.ValuesCompared > 1_000_000);
    }

    [Fact]
    public void Each_indicator_alone_is_point_in_time_at_the_cut_row()
    {
        var series = PointInTimeAssert.DefaultSeries.Slice(0, 800);
        foreach (var indicator in IndicatorCatalog.CreateDefaults())
        {
            PointInTimeAssert.NoLookAhead(s => indicator.Compute(s).Columns, indicator.Columns, series,
                new PointInTimeOptions { Cuts = 60, CompareWholePrefix = false, Seed = 7 });
        }
    }

    [Fact]
    public void A_feature_that_peeks_at_the_next_close_is_caught()
    {
        static double[][] NextClose(CandleSeries s)
        {
            var c = s.Close;
            var values = new double[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                values[i] = i + 1 < s.Count ? c[i + 1] : double.NaN;
            }

            return [values];
        }

        var report = PointInTimeVerifier.Check(PointInTimeAssert.DefaultSeries, NextClose, ["next_close"], new PointInTimeOptions { Cuts = 10 });
        Assert.False(report.IsClean);
        Assert.All(report.Violations, v => Assert.Equal("next_close", v.Column));
        Assert.Contains("next_close", report.Describe());
    }

    [Fact]
    public void A_centred_moving_average_is_caught()
    {
        static double[][] Centred(CandleSeries s)
        {
            var c = s.Close;
            var values = new double[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                var lo = Math.Max(0, i - 2);
                var hi = Math.Min(s.Count - 1, i + 2);
                double sum = 0;
                for (var j = lo; j <= hi; j++) sum += c[j];
                values[i] = sum / (hi - lo + 1);
            }

            return [values];
        }

        Assert.False(PointInTimeVerifier.Check(PointInTimeAssert.DefaultSeries, Centred).IsClean);
    }

    [Fact]
    public void Nan_agrees_only_with_nan()
    {
        Assert.True(PointInTimeVerifier.Agree(double.NaN, double.NaN, 1e-9));
        Assert.False(PointInTimeVerifier.Agree(double.NaN, 1, 1e-9));
        Assert.False(PointInTimeVerifier.Agree(1, 1.001, 1e-9));
        Assert.True(PointInTimeVerifier.Agree(1e6, 1e6 + 1e-4, 1e-9));
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_clear_message()
    {
        var one = SyntheticCandles.FromCloses([1.0]);
        var ex = Assert.Throws<ArgumentException>(() => PointInTimeVerifier.Check(one, s => [s.Close.ToArray()]));
        Assert.Contains("at least 2 bars", ex.Message);
        var two = SyntheticCandles.FromCloses([1.0, 2.0, 3.0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => PointInTimeVerifier.Check(two, s => [s.Close.ToArray()], null, new PointInTimeOptions { Cuts = 0 }));
        var wrongLength = Assert.Throws<InvalidOperationException>(() => PointInTimeVerifier.Check(two, _ => [new double[3]]));
        Assert.Contains("rows", wrongLength.Message);
    }
}
