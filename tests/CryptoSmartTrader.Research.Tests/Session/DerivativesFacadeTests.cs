using System.Globalization;
using System.IO.Compression;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Research.Tests.Session;

public sealed class DerivativesFacadeTests : IDisposable
{
    private const string FtxFile = ResearchDerivatives.FtxBtcPerpFile;
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-research-deriv-").FullName;

    private string Db => Path.Combine(_dir, "cst.db");

    [Fact]
    public async Task Empty_store_has_no_coverage_says_so_and_leaves_every_column_empty()
    {
        using var session = ResearchSession.Open(SharedDatasets.RootPath, Db, new ManualTimeProvider());
        Assert.Empty(session.Derivatives.Coverage());
        Assert.Contains("no derivatives data in the store", session.Derivatives.CoverageTable().Html, StringComparison.Ordinal);
        Assert.Contains("--kind funding", session.Derivatives.CoverageTable().Html, StringComparison.Ordinal);

        var btc = await session.CandlesAsync("binance", "BTC/USDT", "1h", From, From.AddDays(3));
        Assert.Null(session.Derivatives.Inputs(btc));
        var frame = session.Derivatives.Features(btc);
        Assert.Equal(btc.Count, frame.Rows);
        Assert.All(frame.Columns, c => Assert.All(frame[c], v => Assert.True(double.IsNaN(v), $"{c} must be NaN without perpetual data")));
    }

    [Fact]
    public async Task Stored_funding_shows_its_coverage_and_gap_and_feeds_the_funding_column()
    {
        // Synthetic funding events (test data, not market data): 8-hourly from 2024-01-01 00:00 with the 16:00 event of day 2 left out.
        var key = new DerivativesSeriesKey(Exchange.Binance, Symbol.Parse("BTC/USDT"), DerivativesKind.Funding, null);
        var synthetic = Enumerable.Range(0, 9).Where(i => i != 5)
            .Select(i => new FundingRate(From.AddHours(8 * i), i % 2 == 0 ? 0.0001m : -0.0002m)).ToList();
        using (var writer = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Db }, new ManualTimeProvider()))
        {
            Assert.False(writer.Derivatives.SaveFunding(key, synthetic).Rejected);
        }

        using var session = ResearchSession.Open(SharedDatasets.RootPath, Db, new ManualTimeProvider());
        var coverage = Assert.Single(session.Derivatives.Coverage());
        Assert.Equal(8, coverage.Rows);
        Assert.Equal(From, coverage.FirstKnown);
        Assert.Equal(From.AddHours(64), coverage.LastKnown);
        Assert.Equal(TimeSpan.FromHours(8), coverage.ExpectedSpacing);
        var gap = Assert.Single(coverage.Gaps);
        Assert.Equal((From.AddHours(32), From.AddHours(48), 1L), (gap.After, gap.Before, gap.Missing));
        Assert.Contains("binance BTC/USDT funding", session.Derivatives.CoverageTable().Html, StringComparison.Ordinal);

        var btc = await session.CandlesAsync("binance", "BTC/USDT", "1h", From, From.AddDays(3));
        var funding = session.Derivatives.Features(btc)["deriv_funding"];
        // The bar closing at 09:00 sees the 08:00 event (-0.0002); the one closing at 07:00 sees the 00:00 event (0.0001).
        Assert.Equal(-0.0002, funding[btc.IndexOfCloseTime(From.AddHours(9))], 12);
        Assert.Equal(0.0001, funding[btc.IndexOfCloseTime(From.AddHours(7))], 12);
        // 08:00 of day 2 (i = 5 at 40:00) is missing: at 47:00 the newest event is 32:00, 15 h old, beyond the 8 h limit: no value.
        Assert.True(double.IsNaN(funding[btc.IndexOfCloseTime(From.AddHours(47))]));
    }

    [DatasetFact(FtxFile)]
    public void Recorded_perpetual_reads_bar_close_stamps_as_closes_and_resamples_without_filling()
    {
        using var session = ResearchSession.Open(SharedDatasets.RootPath, Db, new ManualTimeProvider());
        var minute = session.Derivatives.RecordedPerpetual("1m")!;
        var raw = RawRows(SharedDatasets.PathOf(FtxFile));
        Assert.Equal(raw.Count, minute.Count);
        Assert.Equal(raw[0].Stamp, minute.CloseTimeMs[0]);
        Assert.Equal(raw[0].Stamp - 60_000, minute.OpenTimeMs[0]);

        var hourly = session.Derivatives.RecordedPerpetual("1h")!;
        // An hour's close is the close of the 1m row stamped at that hour (the file's stamps are bar closes).
        var byStamp = raw.ToDictionary(r => r.Stamp, r => r.Close);
        for (var i = 0; i < hourly.Count; i++)
        {
            Assert.Equal(byStamp[hourly.CloseTimeMs[i]], hourly.Close[i], 9);
        }

        Assert.Equal(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.FromUnixTimeMilliseconds(hourly.CloseTimeMs[0]));
        // The last 1m row closes at 05:31, so the 05:00-06:00 hour is incomplete and dropped, not filled.
        Assert.Equal(new DateTimeOffset(2022, 2, 1, 5, 0, 0, TimeSpan.Zero), DateTimeOffset.FromUnixTimeMilliseconds(hourly.CloseTimeMs[^1]));
    }

    [Fact]
    public void Recorded_perpetual_is_null_when_the_dataset_folder_lacks_it()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "datasets", "candles", "binance_spot_1h")).FullName;
        File.Copy(SharedDatasets.PathOf("candles/binance_spot_1h/BTC_USDT-1h.csv.gz"), Path.Combine(empty, "BTC_USDT-1h.csv.gz"));
        using var session = ResearchSession.Open(Path.Combine(_dir, "datasets"), Db, new ManualTimeProvider());
        Assert.Null(session.Derivatives.RecordedPerpetual());
    }

    [Fact]
    public void Signal_study_measures_forward_returns_counts_onsets_and_withholds_a_verdict_below_the_minimum()
    {
        var btc = SessionData.Hourly("BTC", From, From.AddDays(5));
        var signal = new double[btc.Count];
        signal[0] = double.NaN;
        signal[10] = signal[11] = 1; // one event of two bars
        signal[40] = -1;
        var frame = new FeatureFrame(btc, ["sig"], [signal]);
        var rows = ResearchDerivatives.SignalStudy(frame, "sig", 2);

        var up = Assert.Single(rows, r => r.Value == 1);
        Assert.Equal((2, 1), (up.Rows, up.Onsets));
        var close = btc.Close;
        var expected = (Math.Log(close[12] / close[10]) + Math.Log(close[13] / close[11])) / 2 * 1e4;
        Assert.Equal(expected, up.MeanBp, 9);
        Assert.Contains("no conclusion", up.Verdict, StringComparison.Ordinal);
        var flat = Assert.Single(rows, r => r.Value == 0);
        Assert.Equal(btc.Count - 2 - 1 - 3, flat.Rows); // all rows with 2 bars ahead, less the NaN row and the three flagged ones
        Assert.Contains("<table", ResearchDerivatives.SignalStudyTable(rows).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Signal_study_rejects_missing_horizons_and_unknown_columns()
    {
        var btc = SessionData.Hourly("BTC", From, From.AddDays(1));
        var frame = new FeatureFrame(btc, ["sig"], [new double[btc.Count]]);
        var ex = Assert.Throws<ArgumentException>(() => ResearchDerivatives.SignalStudy(frame, "sig"));
        Assert.Contains("horizons", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ResearchDerivatives.SignalStudy(frame, "sig", 0));
        Assert.Throws<KeyNotFoundException>(() => ResearchDerivatives.SignalStudy(frame, "nope", 1));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<(long Stamp, double Close)> RawRows(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var rows = new List<(long, double)>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            rows.Add((long.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
