namespace CryptoSmartTrader.Kernel.Tests.Protocol;

/// <summary>The kernel driven by jupyter_client, one test per protocol behaviour (see jupyter/protocol_checks.py for each check).</summary>
public sealed class JupyterClientTests(JupyterClientRun run) : IClassFixture<JupyterClientRun>
{
    [Theory]
    [InlineData("kernel_info")]
    [InlineData("execute_result_and_status")]
    [InlineData("stream_ordering")]
    [InlineData("stream_is_live_and_stdin")]
    [InlineData("error_names_the_cell_line")]
    [InlineData("display_and_update_display")]
    [InlineData("chart_mime_bundle")]
    [InlineData("complete")]
    [InlineData("inspect")]
    [InlineData("is_complete")]
    [InlineData("history_and_comm_info")]
    [InlineData("exit_asks_the_front_end_to_leave")]
    [InlineData("interrupt_keeps_state")]
    [InlineData("bad_signature_is_rejected")]
    [InlineData("restart_clears_state")]
    [InlineData("shutdown")]
    public void Check_passes(string check)
    {
        var result = run.Results[check];
        Assert.True(result is not null, $"check '{check}' did not run; client log:\n{run.Log}");
        Assert.True(result["ok"]!.GetValue<bool>(), $"{check}: {result["detail"]}");
    }
}
