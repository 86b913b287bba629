using System.Text.Json.Nodes;
using CryptoSmartTrader.Kernel.Protocol;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Notebooks;

namespace CryptoSmartTrader.Kernel;

/// <summary>Publishes one running cell's outputs on iopub as they happen, with the execute request as parent.</summary>
internal sealed class CellPublisher(RequestHandler kernel, JupyterMessage request, int executionCount, bool silent, bool allowStdin, CancellationToken interrupt)
    : ICellListener
{
    public void Stream(string name, string text) =>
        kernel.Publish("stream", new JsonObject { ["name"] = name, ["text"] = text }, request);

    public void Display(ReportOutput output, bool isResult, string? displayId)
    {
        var data = kernel.Bundles.Data(output);
        if (isResult)
        {
            if (silent) return;
            kernel.Publish("execute_result", new JsonObject { ["execution_count"] = executionCount, ["data"] = data, ["metadata"] = new JsonObject() }, request);
            return;
        }

        kernel.Publish("display_data", Bundle(data, displayId), request);
    }

    public void Update(ReportOutput output, string displayId) =>
        kernel.Publish("update_display_data", Bundle(kernel.Bundles.Data(output), displayId), request);

    public string? ReadLine(string prompt, bool password)
    {
        // Without a front end that answers input requests (allow_stdin false, e.g. nbclient) reads see end of input.
        if (!allowStdin) return null;
        try
        {
            return kernel.RequestInput(request, prompt, password, interrupt);
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private static JsonObject Bundle(JsonObject data, string? displayId)
    {
        var content = new JsonObject { ["data"] = data, ["metadata"] = new JsonObject() };
        if (displayId is not null) content["transient"] = new JsonObject { ["display_id"] = displayId };
        return content;
    }
}
