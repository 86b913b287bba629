using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Data.Resampling;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Derivatives;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// Derivatives from a notebook (<c>session.Derivatives</c>): what perpetual history the store holds, the <c>derivatives</c>
/// feature set on it, the one recorded perpetual candle file of the shared datasets, and a plain event study of the signals.
/// Missing data stays missing: no coverage is shown as a row that says so, and no column is ever filled in.
/// </summary>
public sealed class ResearchDerivatives
{
    /// <summary>The shared datasets' only perpetual price history: FTX BTC-PERP 1m, 2021-12-31 .. 2022-02-01, stamped at bar close.</summary>
    public const string FtxBtcPerpFile = "candles/ftx_perp_1m/BTC-PERP-1m-2022-01.csv.gz";

    private readonly ResearchSession _session;

    internal ResearchDerivatives(ResearchSession session) => _session = session;

    /// <summary>Every stored derivatives series with its rows, known-time bounds and gaps (empty when the store holds none).</summary>
    public IReadOnlyList<DerivativesCoverage> Coverage() =>
        [.. _session.DerivativesStore.ListDerivativesSeries().Select(s => DerivativesCoverage.Of(_session.DerivativesStore, s))];

    /// <summary>The coverage as an HTML table; with nothing stored, one row that says so and names the download command.</summary>
    public HtmlContent CoverageTable(IReadOnlyList<DerivativesCoverage>? coverage = null)
    {
        coverage ??= Coverage();
        string[] headers = ["series", "rows", "first known", "last known", "spacing", "gaps", "missing"];
        if (coverage.Count == 0)
        {
            return HtmlTable.From(headers, [["no derivatives data in the store", "0", "-", "-", "-", "-", "-"]],
                $"Derivatives coverage of {_session.DbPath} (fetch with: {DownloadCommand("binance", "BTC/USDT")})");
        }

        return HtmlTable.From(headers, coverage.Select(c => (IReadOnlyList<string>)
        [
            c.Key.ToString(), c.Rows.ToString(CultureInfo.InvariantCulture), Iso(c.FirstKnown), Iso(c.LastKnown),
            c.ExpectedSpacing?.ToString("c", CultureInfo.InvariantCulture) ?? "-", c.Gaps.Count.ToString(CultureInfo.InvariantCulture),
            c.Missing.ToString(CultureInfo.InvariantCulture),
        ]), $"Derivatives coverage of {_session.DbPath}");
    }

    /// <summary>The CLI command that downloads a pair's funding history (the other kinds: --kind open-interest|mark|premium|index --timeframe 1h).</summary>
    public static string DownloadCommand(string exchange, string symbol, string since = "2024-01-01") =>
        $"./cst data download --kind funding --exchange {exchange} --symbols {symbol} --since {since}";

    /// <summary>The perpetual history of a spot series' venue and pair from the store (null when it holds none: a spot-only pair).</summary>
    public DerivativesInputs? Inputs(CandleSeries spot)
    {
        ArgumentNullException.ThrowIfNull(spot);
        return LoadInputs(_session.DerivativesStore, spot.Exchange, spot.Symbol, spot.Timeframe);
    }

    /// <summary>
    /// Funding events, open interest sampled at <paramref name="timeframe"/> and mark bars of that timeframe, as the
    /// <c>derivatives</c> set reads them (the CLI's <c>features --set derivatives</c> uses this too). Null when none is stored.
    /// </summary>
    public static DerivativesInputs? LoadInputs(IDerivativesStore store, Exchange venue, Symbol pair, Timeframe timeframe)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (from, to) = (DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddYears(-1));
        var keys = InputKeys(venue, pair, timeframe);
        var funding = store.LoadFunding(keys[0], from, to).Select(f => new TimedValue(f.FundingTime, (double)f.Rate)).ToArray();
        var oi = store.LoadOpenInterest(keys[1], from, to).Select(o => new TimedValue(o.Time, (double)o.Amount)).ToArray();
        var mark = store.LoadPriceBars(keys[2], from, to).Select(b => new TimedValue(b.CloseTime, (double)b.Close)).ToArray();
        return funding.Length + oi.Length + mark.Length == 0 ? null : new DerivativesInputs(funding, oi, mark);
    }

    /// <summary>The stored series <see cref="LoadInputs"/> reads: funding, open interest and mark bars, in that order.</summary>
    public static IReadOnlyList<DerivativesSeriesKey> InputKeys(Exchange venue, Symbol pair, Timeframe timeframe) =>
    [
        new(venue, pair, DerivativesKind.Funding, null),
        new(venue, pair, DerivativesKind.OpenInterest, timeframe),
        new(venue, pair, DerivativesKind.MarkBars, timeframe),
    ];

    /// <summary>The <c>derivatives</c> set of a spot series from the store's perpetual history (every column NaN when there is none).</summary>
    public FeatureFrame Features(CandleSeries spot, DerivativesOptions? options = null) => Features(spot, Inputs(spot), options);

    /// <summary>The <c>derivatives</c> set of a spot series from the given perpetual history (null: every column NaN).</summary>
    public static FeatureFrame Features(CandleSeries spot, DerivativesInputs? inputs, DerivativesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spot);
        var (columns, values) = FeatureSetRegistry.Compute([new DerivativesFeatureSet(_ => inputs, options)], spot);
        return new FeatureFrame(spot, columns, values);
    }

    /// <summary>
    /// The recorded FTX BTC-PERP 1m candles (<see cref="FtxBtcPerpFile"/>) as venue <c>ftx</c>, pair BTC/USD, resampled to
    /// <paramref name="timeframe"/> (incomplete buckets dropped, never filled). The file is stamped at bar close, so each
    /// stamp is read as the close and the bar opens one minute earlier. Null when the dataset folder does not have the file.
    /// </summary>
    public CandleSeries? RecordedPerpetual(string timeframe = "1h")
    {
        var path = _session.DatasetsPath is null ? null : Path.Combine(_session.DatasetsPath, FtxBtcPerpFile);
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var minute = Timeframe.Parse("1m");
        var read = CandleCsv.Read(path, Exchange.Parse("ftx"), new Symbol("BTC", "USD"), minute);
        if (read.Series is not { } stampedAtOpen)
        {
            throw new InvalidDataException($"dataset file {path} was rejected: {read.Error}");
        }

        var shifted = new CandleSeriesBuilder(stampedAtOpen.Exchange, stampedAtOpen.Symbol, minute, stampedAtOpen.Count);
        for (var i = 0; i < stampedAtOpen.Count; i++)
        {
            var closeMs = stampedAtOpen.OpenTimeMs[i]; // the file's stamp is the bar's close
            shifted.Add(closeMs - minute.DurationMs, closeMs, stampedAtOpen.Open[i], stampedAtOpen.High[i], stampedAtOpen.Low[i], stampedAtOpen.Close[i], stampedAtOpen.Volume[i]);
        }

        var target = Timeframe.Parse(timeframe);
        var bars = shifted.Build();
        return target == minute ? bars : CandleResampler.Resample(bars, target).Series;
    }

    /// <summary>
    /// A perpetual's own candle closes standing in for its mark price (no funding, no open interest): the basis columns of the
    /// <c>derivatives</c> set then measure last-trade perpetual against spot. Say so wherever it is shown.
    /// </summary>
    public static DerivativesInputs PerpetualCloses(CandleSeries perpetual)
    {
        ArgumentNullException.ThrowIfNull(perpetual);
        var closes = Enumerable.Range(0, perpetual.Count)
            .Select(i => new TimedValue(DateTimeOffset.FromUnixTimeMilliseconds(perpetual.CloseTimeMs[i]), perpetual.Close[i])).ToArray();
        return new DerivativesInputs([], [], closes);
    }

    /// <summary>Forward spot returns after each value of a signal column; see <see cref="DerivativesSignalStudy"/>.</summary>
    public static IReadOnlyList<DerivativesSignalStudy> SignalStudy(FeatureFrame frame, string column, params int[] horizons) =>
        DerivativesSignalStudy.Run(frame, column, horizons);

    /// <summary>The study as an HTML table.</summary>
    public static HtmlContent SignalStudyTable(IReadOnlyList<DerivativesSignalStudy> rows, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return HtmlTable.From(["signal", "horizon (bars)", "value", "rows", "onsets", "mean fwd return (bp)", "std. error (bp)", "verdict"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Column, r.Horizon.ToString(CultureInfo.InvariantCulture), r.Value.ToString(CultureInfo.InvariantCulture),
                r.Rows.ToString(CultureInfo.InvariantCulture), r.Onsets.ToString(CultureInfo.InvariantCulture),
                Bp(r.MeanBp), Bp(r.StdErrorBp), r.Verdict,
            ]), caption);
    }

    private static string Bp(double v) => double.IsFinite(v) ? v.ToString("F1", CultureInfo.InvariantCulture) : "-";

    private static string Iso(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-";
}
