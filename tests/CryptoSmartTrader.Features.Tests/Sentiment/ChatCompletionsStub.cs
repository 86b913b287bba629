using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Features.Tests.Sentiment;

/// <summary>
/// A loopback Kestrel server speaking the OpenAI chat-completions protocol (<c>POST /v1/chat/completions</c>). The test
/// decides, per request body, the HTTP status and the assistant message content.
/// </summary>
internal sealed class ChatCompletionsStub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ChatCompletionsStub(WebApplication app) => _app = app;

    public List<string> Bodies { get; } = [];

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<ChatCompletionsStub> StartAsync(Func<string, (int Status, string Content)> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ChatCompletionsStub(app);
        app.MapPost("/v1/chat/completions", async (HttpContext ctx) =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (stub.Bodies) stub.Bodies.Add(body);
            var (status, content) = respond(body);
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = "application/json";
            if (status != 200)
            {
                await ctx.Response.WriteAsync("""{"error":{"message":"stub failure","type":"server_error"}}""");
                return;
            }

            var model = JsonDocument.Parse(body).RootElement.GetProperty("model").GetString();
            var reply = new
            {
                id = "chatcmpl-stub", @object = "chat.completion", created = 1_700_000_000, model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 12, completion_tokens = 5, total_tokens = 17 },
            };
            await ctx.Response.WriteAsync(JsonSerializer.Serialize(reply));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
