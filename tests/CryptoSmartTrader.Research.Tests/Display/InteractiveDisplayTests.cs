using System.Reflection;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Display;
using CryptoSmartTrader.Research.Notebooks;
using CryptoSmartTrader.TestKit.Builders;
using Deedle;
using Plotly.NET.CSharp;

namespace CryptoSmartTrader.Research.Tests.Display;

/// <summary>What the research package's .NET Interactive extension (extension.dib) registers in that kernel.</summary>
public sealed class InteractiveDisplayTests
{
    [Fact]
    public void A_chart_is_a_plot_div_that_loads_plotly_once_per_page_and_does_not_inline_it()
    {
        var chart = Chart.Line<int, double, string>(x: [1, 2, 3], y: [1.5, 2.5, 2.0]);

        var html = InteractiveDisplay.Html(chart);

        Assert.NotNull(html);
        Assert.Contains("class=\"cst-plot\"", html);
        Assert.Contains("if (!window.cstPlotly)", html);
        Assert.Contains("nbextensions/cst-plotly/plotly.min", html);
        Assert.True(html.Length < 20_000, $"{html.Length} characters: plotly.js (4.8 MB) must not be inlined");
    }

    [Fact]
    public void A_deedle_frame_and_a_synthetic_series_show_as_tables_like_in_the_project_kernel()
    {
        var frame = Frame.FromColumns(new Dictionary<string, Series<int, double>> { ["close"] = new SeriesBuilder<int, double> { { 0, 1.5 }, { 1, 2.5 } }.Series });
        var candles = SyntheticCandles.FromCloses([1.0, 2.0, 3.0]);

        Assert.Equal(((HtmlOutput)OutputFormatter.Format(frame)).Html, InteractiveDisplay.Html(frame));
        Assert.Equal(((HtmlOutput)OutputFormatter.Format(candles)).Html, InteractiveDisplay.Html(candles));
        Assert.Contains("<table", InteractiveDisplay.Html(frame));
    }

    [Fact]
    public void A_data_range_is_one_encoded_line()
    {
        var range = new ReportDataRange("binance BTC/USDT <1h>", DateTimeOffset.Parse("2024-01-01T00:00Z"), DateTimeOffset.Parse("2024-03-01T00:00Z"));

        Assert.Equal("<div class=\"cst-data-range\">data: binance BTC/USDT &lt;1h&gt; 2024-01-01 00:00Z → 2024-03-01 00:00Z</div>", InteractiveDisplay.Html(range));
    }

    [Fact]
    public void Values_without_a_library_display_are_declined_so_the_host_keeps_its_own()
    {
        Assert.Null(InteractiveDisplay.Html("text"));
        Assert.Null(InteractiveDisplay.Html(42));
        Assert.Null(InteractiveDisplay.Html(null));
        Assert.Null(InteractiveDisplay.Html(new Uri("http://127.0.0.1/")));
    }

    [Fact]
    public void The_registered_types_cover_charts_frames_and_the_library_types()
    {
        var types = InteractiveDisplay.Types;

        Assert.Contains(typeof(Plotly.NET.GenericChart), types);
        Assert.Contains(typeof(Frame<,>), types);
        Assert.Contains(typeof(CryptoSmartTrader.Core.Markets.CandleSeries), types);
        Assert.Contains(typeof(CryptoSmartTrader.Backtesting.Results.BacktestResult), types);
    }

    [Fact]
    public void An_older_fsharp_core_of_the_same_major_version_answers_for_a_newer_reference()
    {
        // This process deploys FSharp.Core 10.1; a reference to a later 10.x stands in for .NET Interactive's 10.0-vs-10.1 case.
        var loaded = typeof(Microsoft.FSharp.Core.Unit).Assembly;
        var v = loaded.GetName().Version!;

        var newer = FSharpCoreFallback.Resolve(null, new ResolveEventArgs($"FSharp.Core, Version={v.Major}.{v.Minor + 1}.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a"));
        var nextMajor = FSharpCoreFallback.Resolve(null, new ResolveEventArgs($"FSharp.Core, Version={v.Major + 1}.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a"));
        var other = FSharpCoreFallback.Resolve(null, new ResolveEventArgs("Deedle, Version=99.0.0.0"));

        Assert.Same(loaded, newer);
        Assert.Null(nextMajor);
        Assert.Null(other);
    }
}
