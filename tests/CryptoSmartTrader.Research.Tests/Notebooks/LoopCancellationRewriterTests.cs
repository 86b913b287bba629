using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

public sealed class LoopCancellationRewriterTests
{
    private const string Check = "global::CryptoSmartTrader.Research.Notebooks.CellCancellation.ThrowIfRequested();";

    [Theory]
    [InlineData("while (true) n++;")]
    [InlineData("for (;;) { n++; }")]
    [InlineData("foreach (var x in xs) n++;")]
    [InlineData("foreach (var (a, b) in pairs) { n++; }")]
    [InlineData("do { n++; } while (true);")]
    public void Every_loop_body_starts_with_a_cancellation_check(string loop)
    {
        var rewritten = LoopCancellationRewriter.Rewrite(loop);

        Assert.Contains(Check, rewritten);
        Assert.Contains("n++;", rewritten);
    }

    [Fact]
    public void Line_structure_is_unchanged_so_error_lines_match_the_cell()
    {
        const string code = "#r \"x.dll\"\nvar n = 0;\nwhile (n < 3)\n{\n    n++;\n}\nfor (var i = 0; i < 2; i++)\n    n++;\n";

        var rewritten = LoopCancellationRewriter.Rewrite(code);

        Assert.Equal(code.Split('\n').Length, rewritten.Split('\n').Length);
        Assert.StartsWith("#r \"x.dll\"\nvar n = 0;\n", rewritten);
        Assert.Equal(2, rewritten.Split(Check).Length - 1);
    }

    [Fact]
    public void Code_with_syntax_errors_is_left_unchanged()
    {
        const string code = "while (true { n++; }";

        Assert.Equal(code, LoopCancellationRewriter.Rewrite(code));
    }
}
