using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Reporting.Tests.Html;
using Microsoft.Playwright;
using Plotly.NET;

namespace CryptoSmartTrader.Reporting.Tests.Browser;

/// <summary>
/// Opens a rendered report in headless Debian chromium (file://, no network) and checks every chart type actually draws with no
/// console errors. The screenshot is left in the test output folder (browser/report.png) for a human look.
/// </summary>
public sealed class ReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Every_chart_type_draws_offline_without_console_errors()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run apt-get install -y chromium (listed in .devcontainer/apt-packages.txt)");
        var dir = Path.Combine(AppContext.BaseDirectory, "browser");
        Directory.CreateDirectory(dir);
        var reportPath = Path.Combine(dir, "report.html");
        var figures = AllFigures();
        await HtmlReportRenderer.WriteAsync(new ReportDocument("Browser check",
            [
                HtmlReportRendererTests.Sample().Cells[0],
                new CodeCell("charts", [.. figures.Select(f => new ChartOutput(f))], 1),
                new CodeCell("fragment", [new HtmlOutput(PlotlyHtml.Fragment(figures[^1], includePlotlyJs: true).Html)], 2),
            ]), reportPath);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 900 } });
        // A cap, not a timing assertion: Playwright's 30-s default is short for a shared machine under load.
        page.SetDefaultTimeout(90_000);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.RequestFailed += (_, r) => errors.Add($"request failed: {r.Url}");

        await page.GotoAsync(new Uri(reportPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync($"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {figures.Count + 1}");

        var drawn = await page.EvaluateAsync<int>("document.querySelectorAll('div.chart.js-plotly-plot').length");
        Assert.Equal(figures.Count, drawn);
        Assert.Equal(1, await page.EvaluateAsync<int>("document.querySelectorAll('div[id^=cst-chart-].js-plotly-plot').length"));
        Assert.True(await page.EvaluateAsync<int>("document.querySelectorAll('.js-plotly-plot .main-svg path, .js-plotly-plot .main-svg rect').length") > 50);
        Assert.Empty(errors);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "report.png"), FullPage = true });
    }

    private static List<GenericChart> AllFigures()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var builder = new CandleSeriesBuilder(Exchange.Binance, Symbol.Parse("BTC/USDT"), Timeframe.H1);
        var closes = new List<double>();
        var price = 100.0;
        for (var i = 0; i < 60; i++)
        {
            var next = price * (1 + 0.01 * Math.Sin(i / 4.0));
            builder.Add(Candle.Create(Timeframe.H1, t0.AddHours(i), (decimal)price, (decimal)(Math.Max(price, next) * 1.004),
                (decimal)(Math.Min(price, next) * 0.996), (decimal)next, 10 + i % 7));
            closes.Add(next);
            price = next;
        }

        var series = builder.Build();
        var sma = closes.Select((_, i) => i < 9 ? double.NaN : closes.Skip(i - 9).Take(10).Average()).ToArray();
        var candles = CandlestickChart.Create(series, [new IndicatorOverlay("sma10", sma), new IndicatorOverlay("osc", [.. closes.Select(c => c % 1)], OwnPanel: true)],
            trades: [new TradeMarker(t0.AddHours(12), closes[12], TakerSide.Buy, "entry"), new TradeMarker(t0.AddHours(30), closes[30], TakerSide.Sell, "exit")]);
        candles = RegimeShading.Add(candles, [new RegimeSpan(t0, t0.AddHours(20), "trend"), new RegimeSpan(t0.AddHours(20), t0.AddHours(60), "range")]);

        var days = Enumerable.Range(0, 400).Select(i => t0.AddDays(i)).ToArray();
        var equity = days.Select((_, i) => 1000 * Math.Exp(0.001 * i + 0.05 * Math.Sin(i / 15.0))).ToArray();
        var probs = Enumerable.Range(0, 200).Select(i => (i % 100) / 100.0).ToArray();
        var outcomes = probs.Select((p, i) => (i * 7919 % 100) / 100.0 < p).ToArray();
        var hours = Enumerable.Range(0, 24).Select(i => t0.AddHours(i)).ToArray();
        var mid = hours.Select((_, i) => 0.001 * i).ToArray();
        return
        [
            candles,
            EquityChart.Create(days, equity),
            MonthlyReturnsHeatmap.Create(days, equity),
            ReliabilityDiagram.Create(probs, outcomes),
            PredictionFanChart.Create(hours, mid,
                [new PredictionBand(0.5, [.. mid.Select(m => m - 0.002)], [.. mid.Select(m => m + 0.002)]),
                 new PredictionBand(0.9, [.. mid.Select(m => m - 0.006)], [.. mid.Select(m => m + 0.006)])]),
            FeatureImportanceChart.Create(["rsi_14", "ret_24h", "vol_7d", "funding"], [0.12, 0.3, -0.05, 0.08]),
            CorrelationHeatmap.Create(["a", "b", "c"], CorrelationHeatmap.Pearson([[1, 2, 3, 4], [2, 1, 4, 3], [4, 3, 2, 1]])),
            ExposureChart.Create(hours, [.. mid.Select(m => 0.5 + m)], [.. mid.Select(m => 0.2 - m)]),
        ];
    }
}
