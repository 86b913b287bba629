using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Display;
using CryptoSmartTrader.Research.Notebooks;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Builders;
using Deedle;
using CryptoSmartTrader.Research.Tests.Session;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Display;

public sealed class DisplayFormattersTests
{
    [Fact]
    public void Synthetic_candle_series_shows_as_a_head_tail_table_with_iso_utc_open_times()
    {
        var series = SyntheticCandles.FromCloses([.. Enumerable.Range(0, 30).Select(i => 100.0 + i)]);

        var output = Assert.IsType<HtmlOutput>(OutputFormatter.Format(series));

        Assert.Contains("<th>open time (UTC)</th>", output.Html);
        Assert.Contains("<td>2024-01-01T00:00:00Z</td>", output.Html);
        Assert.Contains("<td>2024-01-02T05:00:00Z</td>", output.Html); // the 30th bar opens 29 h after the first
        Assert.DoesNotContain("2024-01-01T05:00:00Z", output.Html);   // bar 6 is inside the omitted middle
        Assert.Contains("… 20 rows omitted …", output.Html);
        Assert.Contains("binance SYN/USDT 1h: 30 bars, opens 2024-01-01T00:00:00Z .. 2024-01-02T05:00:00Z (UTC)", output.PlainText);
        Assert.Contains("2024-01-01T00:00:00Z", output.PlainText);
        Assert.Contains("… 20 rows omitted …", output.PlainText);
        Assert.DoesNotContain("CandleSeries", output.PlainText);
    }

    [Fact]
    public void A_list_of_synthetic_series_shows_one_summary_row_each()
    {
        var list = new List<CandleSeries> { SyntheticCandles.FromCloses([1.0, 2.0]), SyntheticCandles.RandomWalk(5, symbol: Symbol.Parse("ABC/USDT")) };

        var output = (HtmlOutput)OutputFormatter.Format(list);

        Assert.Contains("<tr><td>binance SYN/USDT 1h</td><td>2</td><td>2024-01-01T00:00:00Z</td><td>2024-01-01T01:00:00Z</td><td>2</td></tr>", output.Html);
        Assert.Contains("binance ABC/USDT 1h", output.PlainText);
    }

    [Fact]
    public void Short_tables_show_every_row()
    {
        var series = SyntheticCandles.FromCloses([1.0, 2.0, 3.0]);

        var output = (HtmlOutput)OutputFormatter.Format(series);

        Assert.Equal(4, output.Html.Split("<tr>").Length - 1); // header + 3 rows
        Assert.DoesNotContain("omitted", output.Html);
    }

    [Fact]
    public void Quality_report_of_real_candles_lists_the_outage_gap_in_utc()
    {
        // Binance's 33-hour outage on 2018-02-08..09 (datasets README).
        var btc = Hourly("BTC", Utc(2018, 2, 7), Utc(2018, 2, 11));
        var report = ResearchSession.Quality(btc);

        var output = (HtmlOutput)OutputFormatter.Format(report);

        var gap = report.Gaps.Single(g => g.MissingBars == 33);
        Assert.Contains($"<td>{DisplayValue.Time(gap.LastBeforeOpen)}</td><td>{DisplayValue.Time(gap.FirstAfterOpen)}</td><td>33</td>", output.Html);
        Assert.Contains("binance BTC/USDT 1h as of", output.PlainText);
        Assert.Matches(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", output.PlainText!);
        Assert.DoesNotContain("DataQualityReport {", output.PlainText);
        Assert.DoesNotContain("CandleGap {", output.PlainText);
    }

    [Fact]
    public void Feature_frame_shows_close_times_and_nan_for_warm_up()
    {
        var series = SyntheticCandles.RandomWalk(40);
        var frame = ResearchSession.Features(series);

        var output = (HtmlOutput)OutputFormatter.Format(frame);

        Assert.Contains("<th>close time (UTC)</th><th>" + frame.Columns[0] + "</th>", output.Html);
        Assert.Contains("<td>2024-01-01T01:00:00Z</td>", output.Html); // first bar closes an hour after it opens
        Assert.Contains("NaN", output.PlainText);
        Assert.Contains($"{frame.Rows} rows x {frame.Columns.Count} columns", output.PlainText);
    }

    [Fact]
    public void Model_metrics_show_one_row_per_model_and_horizon()
    {
        HorizonMetrics[] metrics = [new("24h", "xgboost", 120, 0.61, 0.23, 0.66, 0.04, 0.79, 0.95, 0.3, 0.58, 36), new("24h", "naive", 120, 0.5, 0.25, 0.69, 0.01, 0.8, 0.95, 0, double.NaN, 0)];

        var output = (HtmlOutput)OutputFormatter.Format(metrics);

        Assert.Contains("<tr><td>24h</td><td>xgboost</td><td>120</td><td>0.61</td>", output.Html);
        Assert.Contains("<td>NaN</td>", output.Html);
        Assert.Equal(4, output.PlainText!.Split('\n').Length - 1); // caption, header, rule, 2 rows → 4 newlines
    }

    [Fact]
    public void Backtest_result_on_real_candles_shows_metrics_and_trades_not_a_record_dump()
    {
        var btc = Hourly("BTC", Utc(2023, 12, 20), Utc(2024, 2, 1));
        var result = Facade.Backtests.Run([btc], Facade.Backtests.SmaCrossBlueprint([btc], 10, 50, 5_000m), Utc(2024, 1, 1), Utc(2024, 2, 1), "sma-cross(10,50)", 200, 5_000m);

        var output = (HtmlOutput)OutputFormatter.Format(result);

        Assert.Contains("<tr><td>initial equity</td><td>5000</td></tr>", output.Html);
        Assert.Contains($"{result.Trades.Count} round trips", output.PlainText);
        Assert.Contains("sma-cross(10,50) on binance BTC/USDT 1h, 2024-01-01T00:00:00Z .. 2024-02-01T00:00:00Z", output.PlainText);
        Assert.DoesNotContain("BacktestResult {", output.PlainText);
        if (result.Trades.Count > 0)
        {
            Assert.Contains(DisplayValue.Time(result.Trades[0].EntryTime), output.Html);
        }
    }

    [Fact]
    public void Deedle_frame_shows_row_keys_columns_and_missing_values()
    {
        var keys = new[] { new DateTime(2024, 1, 1, 1, 0, 0, DateTimeKind.Utc), new DateTime(2024, 1, 1, 2, 0, 0, DateTimeKind.Utc) };
        var frame = Frame.FromColumns(new Dictionary<string, Series<DateTime, double>>
        {
            ["close"] = new(keys, [100.5, 101.0]),
            ["sma"] = new(keys, [double.NaN, 100.75]),
        });

        var output = (HtmlOutput)OutputFormatter.Format(frame);

        Assert.Contains("<thead><tr><th></th><th>close</th><th>sma</th></tr></thead>", output.Html);
        Assert.Contains("<tr><td>2024-01-01T01:00:00Z</td><td>100.5</td><td>&lt;missing&gt;</td></tr>", output.Html);
        Assert.Contains("Deedle frame: 2 rows x 2 columns", output.PlainText);
    }

    [Fact]
    public void Deedle_series_shows_key_value_rows()
    {
        var series = new Series<int, string>([1, 2], ["a", "b"]);

        var output = (HtmlOutput)OutputFormatter.Format(series);

        Assert.Contains("<tr><td>1</td><td>a</td></tr><tr><td>2</td><td>b</td></tr>", output.Html);
    }

    [Fact]
    public void Quant_registered_formatter_wins_and_plain_values_stay_text()
    {
        DisplayFormatters.Register<QuantThing>(t => new TextOutput($"thing {t.N}"));

        Assert.Equal("thing 3", Assert.IsType<TextOutput>(OutputFormatter.Format(new QuantThing(3))).Text);
        Assert.Equal("2024-01-01T00:00:00Z", Assert.IsType<TextOutput>(OutputFormatter.Format(new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)))).Text);
        Assert.Equal("abc", Assert.IsType<TextOutput>(OutputFormatter.Format("abc")).Text);
        Assert.Equal("[1.5, 2]", Assert.IsType<TextOutput>(OutputFormatter.Format(new[] { 1.5, 2.0 })).Text);
    }

    [Fact]
    public void Any_plotly_chart_becomes_a_chart_output()
    {
        var own = Plotly.NET.CSharp.Chart.Point<double, double, string>([1.0], [2.0], Name: "mine");

        var output = Assert.IsType<ChartOutput>(OutputFormatter.Format(own));

        Assert.Contains("\"name\":\"mine\"", output.FigureJson);
    }

    [Fact]
    public void Table_rows_of_the_wrong_width_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new DisplayTable(["a", "b"]).Rows([["1"]]));

        Assert.Contains("row 0 has 1 cells but there are 2 headers", e.Message);
    }

    [Fact]
    public void Session_tables_show_every_row_with_the_display_columns()
    {
        var reports = Enumerable.Range(0, 17).Select(i => ResearchSession.Quality(SyntheticCandles.RandomWalk(30 + i))).ToList();

        var html = Facade.Tables.QualityTable(reports, "17 series").Html;

        Assert.DoesNotContain("omitted", html);
        Assert.Equal(18, html.Split("<tr>").Length - 1);
        Assert.Contains("<caption>17 series</caption>", html);
        Assert.Contains("<th>first open (UTC)</th>", html);
    }

    [Fact]
    public void Table_needs_at_least_one_edge_row()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DisplayTable(["a"], edgeRows: 0));

        Assert.Equal("edgeRows", e.ParamName);
    }

    private sealed record QuantThing(int N);
}
