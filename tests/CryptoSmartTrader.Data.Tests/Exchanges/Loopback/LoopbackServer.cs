using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an OS-chosen port. Routes answer by path; a route given a sequence of
/// responses plays them in order and then repeats the last one. Every request's path and query is recorded.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Route> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<WebSocket, HttpContext, Task>> _sockets = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Answers every path without a route (404 when null).</summary>
    public Func<HttpContext, Task>? Fallback { get; set; }

    public Uri WebSocketUrl(string path) => new($"ws://{BaseUrl.Authority}{path}");

    public static async Task<LoopbackServer> StartAsync()
    {
        var server = new LoopbackServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        server.BaseUrl = new Uri(app.Urls.First() + "/");
        return server;
    }

    public void Map(string path, params Func<HttpContext, Task>[] responses) => _routes[path] = new Route(responses);

    public void MapJson(string path, string body, int status = 200) => Map(path, Reply.Json(body, status));

    /// <summary>Serves a recorded JKorf fixture at the path written in its second line.</summary>
    public RecordedPayload MapRecorded(params string[] fixturePath)
    {
        var payload = RecordedPayload.Load(fixturePath);
        MapJson(payload.Path, payload.Body);
        return payload;
    }

    public void MapWebSocket(string path, Func<WebSocket, HttpContext, Task> handler) => _sockets[path] = handler;

    public int CountRequests(string path) => Requests.Count(r => r.Split('?')[0] == path);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue(path + context.Request.QueryString.Value);
        if (context.WebSockets.IsWebSocketRequest && _sockets.TryGetValue(path, out var socketHandler))
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await socketHandler(socket, context);
            return;
        }

        if (_routes.TryGetValue(path, out var route))
        {
            await route.Next()(context);
            return;
        }

        if (Fallback is { } fallback)
        {
            await fallback(context);
            return;
        }

        context.Response.StatusCode = 404;
        await context.Response.WriteAsync($"no route for {path}");
    }

    private sealed class Route(Func<HttpContext, Task>[] responses)
    {
        private int _index = -1;

        public Func<HttpContext, Task> Next()
        {
            var i = Interlocked.Increment(ref _index);
            return responses[Math.Min(i, responses.Length - 1)];
        }
    }
}
