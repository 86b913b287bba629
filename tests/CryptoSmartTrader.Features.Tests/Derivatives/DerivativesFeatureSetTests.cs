using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Derivatives;
using CryptoSmartTrader.Features.PointInTime;
using CryptoSmartTrader.Features.Tests.PointInTime;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.Derivatives;

/// <summary>
/// The <c>derivatives</c> set on synthetic data: values against the formulas worked by hand in the test, missing inputs
/// giving NaN (never a guess), and the point-in-time harness with the perpetual history cut at the same time as the candles.
/// </summary>
public sealed class DerivativesFeatureSetTests
{
    private static readonly DateTimeOffset T0 = SyntheticCandles.DefaultStart;
    private static readonly double[] Closes = [100, 101, 102, 101, 103, 104];
    private static readonly DerivativesOptions Small = new() { FundingEvents = 3, MaxFundingAge = TimeSpan.FromHours(2), OpenInterestLookback = 1, ZWindow = 3 };

    private static TimedValue At(double hours, double value) => new(T0.AddHours(hours), value);

    private static readonly TimedValue[] Funding = [At(1, 0.001), At(3, -0.002), At(5, 0.0005)];
    private static readonly TimedValue[] Oi = [At(1, 10), At(2, 11), At(3, 11.5), At(4, 12), At(5, 12.5), At(6, 12)];
    private static readonly TimedValue[] Mark = [At(1, 100.5), At(2, 101.2), At(3, 101.9), At(4, 101.3), At(5, 103.4), At(6, 103.8)];

    private static double[][] Compute(DerivativesInputs? inputs, DerivativesOptions? options = null) =>
        new DerivativesFeatureSet(_ => inputs, options ?? Small).Compute(SyntheticCandles.FromCloses(Closes));

    private static double[] Column(double[][] cols, string name, DerivativesOptions? options = null) =>
        cols[new DerivativesFeatureSet(_ => null, options ?? Small).Columns.ToList().IndexOf(name)];

    // Independent reference: sample z-score of the last value of a window.
    private static double Z(params double[] window)
    {
        var mean = window.Average();
        var sd = Math.Sqrt(window.Sum(v => (v - mean) * (v - mean)) / (window.Length - 1));
        return (window[^1] - mean) / sd;
    }

    [Fact]
    public void Spot_only_symbols_get_nan_in_every_column()
    {
        var cols = Compute(null);

        Assert.All(cols, c => Assert.All(c, v => Assert.True(double.IsNaN(v))));
    }

    [Fact]
    public void Funding_level_z_flips_and_carry_follow_the_settled_events()
    {
        var cols = Compute(new DerivativesInputs(Funding, [], []));

        // Closes at 1h..6h; events known at 1h, 3h, 5h; a rate is used for up to 2 h.
        Assert.Equal([0.001, 0.001, -0.002, -0.002, 0.0005, 0.0005], Column(cols, "deriv_funding"));
        Assert.Equal([0, 0, 1, 0, 1, 0], Column(cols, "deriv_sig_funding_flip"));
        // Two-hour funding: 8766 events a year.
        Assert.Equal(-0.002 * 8766 / 2, Column(cols, "deriv_carry_annual")[2], 9);
        var z = Column(cols, "deriv_funding_z_3");
        Assert.True(double.IsNaN(z[3]));
        Assert.Equal(Z(0.001, -0.002, 0.0005), z[4], 12);
        Assert.Equal([double.NaN, double.NaN, double.NaN, double.NaN, 2, 2], Column(cols, "deriv_funding_flips_3"));
    }

    [Fact]
    public void A_funding_rate_older_than_the_allowed_age_is_not_carried_forward()
    {
        var cols = Compute(new DerivativesInputs(Funding[..2], [], []));

        // The 5h event is missing: at the 6h close the 3h rate is 3 h old (> 2 h).
        Assert.True(double.IsNaN(Column(cols, "deriv_funding")[5]));
        Assert.Equal(-0.002, Column(cols, "deriv_funding")[4]);
    }

    [Fact]
    public void Open_interest_change_divergence_and_its_event()
    {
        var cols = Compute(new DerivativesInputs([], Oi, []));
        var change = Column(cols, "deriv_oi_change_1");

        Assert.Equal(Math.Log(11.0 / 10), change[1], 12);
        Assert.Equal(Math.Log(11.0 / 10) - Math.Log(101.0 / 100), Column(cols, "deriv_oi_price_div_1")[1], 12);
        // 3h->4h: OI up 4 %, price down: +1; 5h->6h: OI down, price up: -1.
        Assert.Equal([double.NaN, 0, 0, 1, 0, -1], Column(cols, "deriv_sig_oi_price_div"));
        Assert.Equal(Z(change[1], change[2], change[3]), Column(cols, "deriv_oi_change_z_3")[3], 12);
    }

    [Fact]
    public void Missing_open_interest_leaves_both_rows_that_need_it_empty()
    {
        var cols = Compute(new DerivativesInputs([], [.. Oi.Where(v => v.KnownAt != T0.AddHours(3))], []));
        var change = Column(cols, "deriv_oi_change_1");

        Assert.True(double.IsNaN(change[2]) && double.IsNaN(change[3]));
        Assert.False(double.IsNaN(change[4]));
    }

    [Fact]
    public void Basis_uses_the_mark_close_at_the_same_time_only()
    {
        // The 4h mark is stamped 1 ms late: it is not "the same time", so that row has no basis and no z-score window over it.
        var mark = Mark.Select(m => m.KnownAt == T0.AddHours(4) ? m with { KnownAt = m.KnownAt.AddMilliseconds(1) } : m).ToArray();
        var cols = Compute(new DerivativesInputs([], [], mark));
        var basis = Column(cols, "deriv_basis");

        Assert.Equal((100.5 - 100) / 100, basis[0], 12);
        Assert.True(double.IsNaN(basis[3]));
        var z = Column(cols, "deriv_basis_z_3");
        Assert.Equal(Z(basis[0], basis[1], basis[2]), z[2], 12);
        Assert.True(double.IsNaN(z[3]) && double.IsNaN(z[4]) && double.IsNaN(z[5]));
    }

    [Fact]
    public void Crowding_averages_the_three_z_scores_and_basis_extreme_fires_beyond_the_threshold()
    {
        var cols = Compute(new DerivativesInputs(Funding, Oi, Mark), new DerivativesOptions
        {
            FundingEvents = 3, MaxFundingAge = TimeSpan.FromHours(2), OpenInterestLookback = 1, ZWindow = 3, BasisExtremeZ = 1.0,
        });
        var fz = Column(cols, "deriv_funding_z_3")[5];
        var bz = Column(cols, "deriv_basis_z_3")[5];
        var oz = Column(cols, "deriv_oi_change_z_3")[5];

        Assert.Equal((fz + bz + oz) / 3, Column(cols, "deriv_crowding")[5], 12);
        Assert.True(double.IsNaN(Column(cols, "deriv_crowding")[3])); // funding z not ready yet
        var extreme = Column(cols, "deriv_sig_basis_extreme");
        var z = Column(cols, "deriv_basis_z_3");
        for (var i = 2; i < 6; i++)
        {
            Assert.Equal(Math.Abs(z[i]) >= 1.0 ? Math.Sign(z[i]) : 0, extreme[i]);
        }
    }

    [Fact]
    public void Unordered_inputs_are_refused_naming_the_list()
    {
        var e = Assert.Throws<ArgumentException>(() => new DerivativesInputs([At(2, 1), At(1, 1)], [], []));

        Assert.Contains("funding: expected strictly ascending known times", e.Message);
    }

    private static (CandleSeries Candles, DerivativesInputs Inputs) LongSynthetic()
    {
        var candles = SyntheticCandles.RandomWalk(600, seed: 11);
        var rng = new Random(5);
        var funding = Enumerable.Range(1, 600 / 8).Select(k => At(8 * k, (rng.NextDouble() - 0.45) * 0.001)).ToArray();
        var oi = new List<TimedValue>();
        var mark = new List<TimedValue>();
        var level = 1000.0;
        for (var i = 0; i < candles.Count; i++)
        {
            level *= 1 + (rng.NextDouble() - 0.5) * 0.02;
            var close = DateTimeOffset.FromUnixTimeMilliseconds(candles.CloseTimeMs[i]);
            if (i % 97 != 50)
            {
                oi.Add(new TimedValue(close, level)); // a few periods missing on purpose
            }

            mark.Add(new TimedValue(close, candles.Close[i] * (1 + (rng.NextDouble() - 0.5) * 0.002)));
        }

        return (candles, new DerivativesInputs(funding, oi, mark));
    }

    [Fact]
    public void Point_in_time_harness_passes_with_the_perpetual_history_cut_with_the_candles()
    {
        var (candles, inputs) = LongSynthetic();
        var set = new DerivativesFeatureSet(_ => inputs, new DerivativesOptions { FundingEvents = 10, ZWindow = 24 });

        // The harness cuts the candles; the set cuts the perpetual history at the candles' last close.
        PointInTimeAssert.NoLookAhead(set, candles, new PointInTimeOptions { Cuts = 40, Seed = 9, CompareWholePrefix = true });
    }

    [Fact]
    public void A_funding_event_settled_1_ms_after_a_close_is_not_in_that_row()
    {
        TimedValue[] late = [At(1, 0.001), new(T0.AddHours(3).AddMilliseconds(1), -0.002)];
        var level = Column(Compute(new DerivativesInputs(late, [], [])), "deriv_funding");

        Assert.Equal(0.001, level[2]); // close 3h: the -0.002 rate is not known yet
        Assert.Equal(-0.002, level[3]);
    }
}
