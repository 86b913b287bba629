using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Jobs;
using CryptoSmartTrader.Bot.Security;
using CryptoSmartTrader.Bot.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Bot.Api;

/// <summary>The JSON API behind every status-page panel, plus health, metrics and the guarded control endpoints.</summary>
internal static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapBotApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/overview", (BotStatus s) => s.Overview());
        app.MapGet("/api/equity", (BotStatus s) => s.Equity());
        app.MapGet("/api/positions", (BotStatus s) => s.Positions());
        app.MapGet("/api/orders", (BotStatus s) => s.Orders());
        app.MapGet("/api/predictions", (BotStatus s) => s.Predictions());
        app.MapGet("/api/decisions", (BotStatus s) => s.Decisions());
        app.MapGet("/api/data-health", (BotStatus s) => s.DataHealth());
        app.MapGet("/api/derivatives-health", (BotStatus s) => s.DerivativesHealth());
        app.MapGet("/api/jobs", (BotStatus s) => s.Jobs());
        app.MapGet("/api/alerts", (BotStatus s) => s.Alerts());
        app.MapParityApi();
        // Cluster mode: which node trades, the lease's age and renewal, every node's heartbeat (enabled: false on a single node).
        app.MapGet("/api/cluster", (Cluster.ClusterCoordinator c, HttpContext http) => c.ViewAsync(http.RequestAborted));

        app.MapGet("/health", (BotStatus s, HealthEvaluator health) =>
        {
            var report = health.Evaluate(s);
            return Results.Json(report, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/metrics", async (BotStatus s, HttpContext http) =>
        {
            http.Response.ContentType = Metrics.BotMetrics.ContentType;
            await s.Metrics.ExportAsync(s, http.Response.Body, http.RequestAborted);
        });

        app.MapPost("/api/kill-switch", (HttpRequest req, IOptions<BotOptions> o, ITradingControl control, KillSwitchRequest? body) =>
        {
            if (!BearerToken.IsAuthorized(req, o.Value.ApiToken)) return Unauthorized(o.Value);
            if (body?.Reason is { Length: > KillSwitchRequest.MaxReasonLength } reason)
            {
                // The reason is stored and shown on every status poll: a short sentence, not a payload.
                return Results.Json(new { error = $"reason: at most {KillSwitchRequest.MaxReasonLength} characters, got {reason.Length}" },
                    statusCode: StatusCodes.Status400BadRequest);
            }

            control.Halt(string.IsNullOrWhiteSpace(body?.Reason) ? "manual kill switch" : body.Reason);
            return Results.Ok(new { halted = true });
        });
        app.MapPost("/api/resume", (HttpRequest req, IOptions<BotOptions> o, ITradingControl control) =>
        {
            if (!BearerToken.IsAuthorized(req, o.Value.ApiToken)) return Unauthorized(o.Value);
            control.Resume();
            return Results.Ok(new { halted = false });
        });
        app.MapPost("/api/ladder/release", (HttpRequest req, IOptions<BotOptions> o, ITradingControl control, KillSwitchRequest? body) =>
        {
            if (!BearerToken.IsAuthorized(req, o.Value.ApiToken)) return Unauthorized(o.Value);
            if (body?.Reason is { Length: > KillSwitchRequest.MaxReasonLength } reason)
            {
                return Results.Json(new { error = $"reason: at most {KillSwitchRequest.MaxReasonLength} characters, got {reason.Length}" },
                    statusCode: StatusCodes.Status400BadRequest);
            }

            control.ReleaseLadder(string.IsNullOrWhiteSpace(body?.Reason) ? "released by the operator" : body.Reason);
            return Results.Ok(new { released = true });
        });
        return app;
    }

    private static IResult Unauthorized(BotOptions options) => Results.Json(
        new { error = string.IsNullOrEmpty(options.ApiToken) ? "control endpoints are disabled: no Bot:ApiToken configured" : "missing or wrong bearer token" },
        statusCode: StatusCodes.Status401Unauthorized);
}

internal sealed record KillSwitchRequest(string? Reason)
{
    public const int MaxReasonLength = 500;
}
