using System.Text.Json.Nodes;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Kernel.Tests;

public sealed class MimeBundleTests
{
    [Fact]
    public void Chart_goes_out_as_plotly_json_with_an_html_fallback_that_loads_the_shared_plotly_copy()
    {
        var chart = Plotly.NET.CSharp.Chart.Line<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }, Name: "synthetic");

        var data = new MimeBundles().Data(new ChartOutput(chart));

        Assert.Equal("scatter", data["application/vnd.plotly.v1+json"]!["data"]![0]!["type"]!.GetValue<string>());
        var html = data["text/html"]!.GetValue<string>();
        Assert.Contains("nbextensions/cst-plotly/plotly.min", html);
        Assert.Contains("newPlot", html);
        Assert.Contains("1 trace (scatter)", data["text/plain"]!.GetValue<string>());
        // plotly.js itself (MBs) is never inlined: the fallback is the loader plus the compressed figure
        Assert.InRange(html.Length, 1, 4000);
    }

    [Fact]
    public void Install_writes_the_kernelspec_and_the_plotly_nbextension_beside_it()
    {
        var data = Path.Combine(Path.GetTempPath(), "cst-spec-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var folder = KernelSpec.Install(Path.Combine(data, "kernels"), ["/x/cst"]);

            Assert.Equal(Path.Combine(data, "kernels", "cst-csharp"), folder);
            Assert.True(File.Exists(Path.Combine(folder, "kernel.json")));
            Assert.True(new FileInfo(Path.Combine(data, "nbextensions", "cst-plotly", "plotly.min.js")).Length > 1_000_000);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void Html_comes_with_a_plain_text_rendering()
    {
        var data = new MimeBundles().Data(new HtmlOutput("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2 &amp; 3</td></tr></table>"));

        Assert.StartsWith("<table>", data["text/html"]!.GetValue<string>());
        Assert.Equal("a\tb\t\n1\t2 & 3", data["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Markdown_goes_out_as_text_markdown()
    {
        var data = new MimeBundles().Data(new MarkdownOutput("**bold**"));
        Assert.Equal("**bold**", data["text/markdown"]!.GetValue<string>());
    }

    [Fact]
    public void Text_is_plain_text()
    {
        var data = new MimeBundles().Data(new TextOutput("hello"));
        Assert.Equal("hello", data["text/plain"]!.GetValue<string>());
        Assert.Single(data);
    }

    [Fact]
    public void Traceback_names_the_cell_and_line_of_runtime_and_compile_errors()
    {
        var runtime = Tracebacks.Format(new ErrorOutput("InvalidOperationException", "boom",
            "System.InvalidOperationException: boom\n   at Submission#3.<<Initialize>>d__0.MoveNext() in :line 2\n--- End of stack trace from previous location ---"), 4);
        var compile = Tracebacks.Format(new ErrorOutput("CS0103", "(2,9): error CS0103: The name 'x' does not exist in the current context"), 5);

        Assert.Equal(["InvalidOperationException: boom", "   at Submission#3.<<Initialize>>d__0.MoveNext() in Cell In[4], line 2"], runtime);
        Assert.Equal(["Cell In[5], line 2, column 9: error CS0103: The name 'x' does not exist in the current context"], compile);
    }

    [Fact]
    public void Kernelspec_starts_cst_kernel_with_the_connection_file_and_interrupts_by_message()
    {
        var json = KernelSpec.Json(["/usr/bin/dotnet", "/x/cst.dll"]);

        Assert.Equal(["/usr/bin/dotnet", "/x/cst.dll", "kernel", "--connection-file", "{connection_file}"], json["argv"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("C# (CryptoSmartTrader)", json["display_name"]!.GetValue<string>());
        Assert.Equal("csharp", json["language"]!.GetValue<string>());
        Assert.Equal("message", json["interrupt_mode"]!.GetValue<string>());
    }
}
