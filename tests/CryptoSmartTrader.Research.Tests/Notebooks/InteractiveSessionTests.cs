using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Research.Tests.Notebooks;

/// <summary>The engine as the Jupyter kernel uses it: live outputs, interrupt, editor help; and the library referenced without #r.</summary>
public sealed class InteractiveSessionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Outputs_reach_the_listener_in_the_order_the_cell_made_them()
    {
        var session = new InteractiveSession(Path.GetTempPath(), TimeProvider.System);
        var listener = new Recorder();

        var result = await session.ExecuteAsync("Console.WriteLine(\"a\");\nvar shown = display(\"b\");\nConsole.Error.Write(\"c\");\nshown.Update(\"d\");\n1 + 1", listener, Timeout, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal(["stdout:a\n", "display:b", "stderr:c", "update:d", "result:2"], listener.Events);
    }

    [Fact]
    public async Task Interrupt_stops_an_endless_loop_and_keeps_the_earlier_state()
    {
        var session = new InteractiveSession(Path.GetTempPath(), TimeProvider.System);
        await session.ExecuteAsync("var kept = 41;", new Recorder(), Timeout, CancellationToken.None);
        using var interrupt = new CancellationTokenSource();
        var started = new Recorder { OnStream = interrupt.Cancel };

        var stopped = await session.ExecuteAsync("Console.Write(\"go\");\nwhile (true) { }", started, Timeout, interrupt.Token);
        var after = new Recorder();
        await session.ExecuteAsync("kept + 1", after, Timeout, CancellationToken.None);

        Assert.Equal("OperationCanceledException", stopped.Error!.Name);
        Assert.Equal("interrupted", stopped.Error.Message);
        Assert.Equal(["result:42"], after.Events);
    }

    [Fact]
    public async Task Completion_and_inspection_see_earlier_cells_and_the_library()
    {
        var session = new InteractiveSession(Path.GetTempPath(), TimeProvider.System);
        await session.ExecuteAsync("var prices = new List<decimal>();", new Recorder(), Timeout, CancellationToken.None);

        var members = session.Complete("prices.Cou", "prices.Cou".Length);
        var library = session.Complete("CryptoSmartTrader.Research.Session.ResearchSession.Op", 53);
        var inspected = session.Inspect("Math.Max(1, 2)", 7);

        Assert.Contains("Count", members.Matches);
        Assert.Equal(("prices.".Length, "prices.Cou".Length), (members.Start, members.End));
        Assert.Contains("Open", library.Matches);
        Assert.StartsWith("int Math.Max(int val1, int val2)", inspected!.Signature);
    }

    [Theory]
    [InlineData("var a = 1;", true)]
    [InlineData("for (var i = 0; i < 3; i++) {", false)]
    [InlineData("var s = \"open", false)]
    public void Is_complete_tells_a_finished_submission_from_an_unfinished_one(string code, bool complete) =>
        Assert.Equal(complete, InteractiveSession.IsComplete(code));

    [Fact]
    public async Task The_library_is_referenced_and_its_own_package_directives_are_no_ops()
    {
        // The notebooks' set-up lines for Polyglot Notebooks; this engine has the library already.
        var session = new InteractiveSession(Path.GetTempPath(), TimeProvider.System);
        var listener = new Recorder();

        var result = await session.ExecuteAsync(
            "#i \"nuget: ../artifacts/feed\"\n#r \"nuget: CryptoSmartTrader.Research, *-*\"\nusing CryptoSmartTrader.Research.Session;\nnameof(ResearchSession)",
            listener, Timeout, CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Equal(["result:ResearchSession"], listener.Events);
    }

    [Fact]
    public async Task Other_nuget_references_are_still_refused()
    {
        var session = new InteractiveSession(Path.GetTempPath(), TimeProvider.System);

        var result = await session.ExecuteAsync("#r \"nuget: Newtonsoft.Json\"\n1", new Recorder(), Timeout, CancellationToken.None);

        Assert.Equal("UnsupportedCell", result.Error!.Name);
        Assert.Contains("needs a NuGet download", result.Error.Message);
    }

    private sealed class Recorder : ICellListener
    {
        private readonly List<string> _events = [];

        public Action? OnStream { get; init; }

        public IReadOnlyList<string> Events
        {
            get { lock (_events) return [.. _events]; }
        }

        public void Stream(string name, string text)
        {
            lock (_events) _events.Add($"{name}:{text}");
            OnStream?.Invoke();
        }

        public void Display(ReportOutput output, bool isResult, string? displayId)
        {
            lock (_events) _events.Add($"{(isResult ? "result" : "display")}:{Text(output)}");
        }

        public void Update(ReportOutput output, string displayId)
        {
            lock (_events) _events.Add($"update:{Text(output)}");
        }

        public string? ReadLine(string prompt, bool password) => null;

        private static string Text(ReportOutput o) => o is TextOutput t ? t.Text : o.GetType().Name;
    }
}
