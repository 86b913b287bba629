using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Reporting.Charts;
using CryptoSmartTrader.Reporting.Html;
using Plotly.NET;

namespace CryptoSmartTrader.Benchmarks.Reporting;

/// <summary>Cost of building Plotly.NET figure JSON for a year of hourly candles and of rendering a report page (plotly.js 2.28 inlined once, 3.6 MB).</summary>
[MemoryDiagnoser]
public class ReportingBenchmarks
{
    private CandleSeries _series = null!;
    private double[] _sma = [];
    private GenericChart[] _charts = [];

    [GlobalSetup]
    public void Setup()
    {
        var t0 = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var builder = new CandleSeriesBuilder(Exchange.Binance, Symbol.Parse("BTC/USDT"), Timeframe.H1, 8760);
        var price = 20000.0;
        for (var i = 0; i < 8760; i++)
        {
            var next = price * (1 + 0.004 * Math.Sin(i / 9.0));
            builder.Add(Candle.Create(Timeframe.H1, t0.AddHours(i), (decimal)price, (decimal)(Math.Max(price, next) * 1.002),
                (decimal)(Math.Min(price, next) * 0.998), (decimal)next, 100 + i % 13));
            price = next;
        }

        _series = builder.Build();
        var close = _series.Close.ToArray();
        _sma = [.. close.Select((_, i) => i < 49 ? double.NaN : close.AsSpan(i - 49, 50).ToArray().Average())];
        var equity = close.Select(c => c / close[0] * 1000).ToArray();
        var times = Enumerable.Range(0, close.Length).Select(i => t0.AddHours(i + 1)).ToArray();
        _charts =
        [
            CandlestickChart.Create(_series, [new IndicatorOverlay("sma50", _sma)]),
            EquityChart.Create(times, equity),
            MonthlyReturnsHeatmap.Create(times, equity),
            FeatureImportanceChart.Create(["a", "b", "c"], [0.3, 0.2, 0.1]),
            CorrelationHeatmap.Create(["a", "b"], new double[,] { { 1, 0.5 }, { 0.5, 1 } }),
        ];
    }

    [Benchmark]
    public int CandlestickFigureJson8760Bars() => GenericChart.toFigureJson(CandlestickChart.Create(_series, [new IndicatorOverlay("sma50", _sma)])).Length;

    /// <summary>Fresh chart outputs each time: a ChartOutput keeps its figure JSON once computed.</summary>
    [Benchmark]
    public int RenderReportWithFiveCharts() => HtmlReportRenderer.Render(new ReportDocument("bench",
    [
        new MarkdownCell("# Benchmark\nA report with **five** charts."),
        new CodeCell("charts", [.. _charts.Select(c => (ReportOutput)new ChartOutput(c))], 1),
    ])).Length;
}
