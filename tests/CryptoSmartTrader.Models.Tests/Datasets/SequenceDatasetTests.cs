using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using FsCheck;
using FsCheck.Fluent;

namespace CryptoSmartTrader.Models.Tests.Datasets;

/// <summary>Sequence rows (<see cref="DatasetOptions.SequenceLength"/> &gt; 1): windows per symbol, pooled, never across symbols or gaps.</summary>
public sealed class SequenceDatasetTests
{
    private const long Hour = 3_600_000;
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Hourly bars at the given hour offsets (missing offsets are gaps). Features: "hour" = the bar's offset, "sym" = <paramref name="id"/>.</summary>
    internal static SymbolFrame Frame(string baseAsset, int id, IReadOnlyList<int> hours)
    {
        var builder = new CandleSeriesBuilder(Exchange.Binance, new Symbol(baseAsset, "USDT"), Timeframe.H1, hours.Count);
        foreach (var h in hours)
        {
            var open = Start.ToUnixTimeMilliseconds() + h * Hour;
            var close = 100 + h % 7;
            builder.Add(open, open + Hour, close, close, close, close, 1);
        }

        var series = builder.Build();
        return new SymbolFrame(series, new FeatureMatrix(["hour", "sym"], series.CloseTimeMs.ToArray(),
            [hours.Select(h => (double)h).ToArray(), hours.Select(_ => (double)id).ToArray()]));
    }

    private sealed record Case(int Length, bool[][] Present);

    private static readonly Gen<Case> CaseGen =
        from length in Gen.Choose(2, 6)
        from symbols in Gen.Choose(1, 3)
        from present in Gen.ArrayOf(Gen.ArrayOf(Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false))), 60), symbols)
        select new Case(length, present);

    [Fact]
    public void No_window_crosses_a_symbol_boundary_or_a_gap_and_every_complete_window_is_kept() =>
        Prop.ForAll(CaseGen.ToArbitrary(), c =>
        {
            var hours = c.Present.Select(p => Enumerable.Range(0, p.Length).Where(h => p[h]).ToArray()).ToArray();
            if (hours.Any(h => h.Length == 0))
            {
                return true;
            }

            var frames = hours.Select((h, s) => Frame(((char)('A' + s)).ToString() + "AA", s, h)).ToArray();
            var ds = DatasetBuilder.Build(frames, new DatasetOptions
            {
                Horizon = Horizon.H1, SequenceLength = c.Length, IncludeLagReturn = false, IncludeSymbolIndicators = true,
            });

            // Independent expectation: bar t of symbol s is a sample iff hours t-L+1..t and t+1 (the 1h label's end bar) all exist.
            var expected = c.Present.Sum(p => Enumerable.Range(c.Length - 1, p.Length - c.Length).Count(t =>
                t + 1 < p.Length && p[t + 1] && Enumerable.Range(t - c.Length + 1, c.Length).All(h => p[h])));
            if (ds.Count != expected)
            {
                return false;
            }

            var step = 2 + frames.Length;
            for (var k = 0; k < ds.Count; k++)
            {
                var t = (ds.TimesMs[k] - Start.ToUnixTimeMilliseconds()) / Hour - 1; // bar offset of the sample (close = open + 1h)
                for (var b = 0; b < c.Length; b++)
                {
                    var o = b * step;
                    if (ds.X[k, o] != t - (c.Length - 1 - b) || ds.X[k, o + 1] != ds.SymbolIndex[k] || ds.X[k, o + 2 + ds.SymbolIndex[k]] != 1)
                    {
                        return false;
                    }
                }

                if (k > 0 && ds.TimesMs[k] < ds.TimesMs[k - 1])
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_gap_inside_the_window_drops_the_sample_and_is_counted()
    {
        // Bars 0..9 with bar 4 missing; windows of 3 ending at 5 and 6 would span the gap.
        var frame = Frame("AAA", 0, [0, 1, 2, 3, 5, 6, 7, 8, 9]);
        var ds = DatasetBuilder.Build([frame], new DatasetOptions
        {
            Horizon = Horizon.H1, SequenceLength = 3, IncludeLagReturn = false, IncludeSymbolIndicators = false,
        });

        // Ends with a full window and a label: 2 (needs 3: ok), 7, 8 — 3 lacks its label (bar 4), 9 lacks its label (bar 10).
        Assert.Equal([0.0, 1, 2], Enumerable.Range(0, 3).Select(b => ds.X[0, b * 2]));
        Assert.Equal(new[] { 2.0, 7, 8 }, Enumerable.Range(0, ds.Count).Select(k => ds.X[k, 4]));
        Assert.Equal(2, ds.Report.MissingLabel);
        Assert.Equal(4, ds.Report.ShortSequence); // 0 and 1 (too early), 5 and 6 (window crosses the gap)
        Assert.Equal(["hour@t-2", "sym@t-2", "hour@t-1", "sym@t-1", "hour@t", "sym@t"], ds.Schema.ColumnNames);
        Assert.Equal(3, DatasetSchema.SequenceLengthOf(ds.Schema.ColumnNames));
    }

    [Fact]
    public void Purging_sees_the_longer_feature_window_of_sequence_rows()
    {
        var frame = Frame("AAA", 0, Enumerable.Range(0, 30).ToArray());
        var plain = DatasetBuilder.Build([frame], new DatasetOptions { Horizon = Horizon.H1, FeatureLookback = TimeSpan.FromHours(5) });
        var sequence = DatasetBuilder.Build([frame], new DatasetOptions { Horizon = Horizon.H1, FeatureLookback = TimeSpan.FromHours(5), SequenceLength = 8 });
        Assert.Equal(TimeSpan.FromHours(5), plain.FeatureLookback);
        Assert.Equal(TimeSpan.FromHours(12), sequence.FeatureLookback);
    }

    [Fact]
    public void A_sequence_length_below_one_is_rejected_with_the_option_named()
    {
        var frame = Frame("AAA", 0, [0, 1, 2]);
        var e = Assert.Throws<ArgumentException>(() => DatasetBuilder.Build([frame], new DatasetOptions { SequenceLength = 0 }));
        Assert.Contains("SequenceLength must be at least 1", e.Message);
    }
}
