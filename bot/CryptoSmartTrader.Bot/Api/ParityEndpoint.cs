using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Parity;
using CryptoSmartTrader.Bot.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CryptoSmartTrader.Bot.Api;

/// <summary><c>GET /api/parity</c>: the latest continuous parity report. It lists every order with prices and quantities,
/// so with a token configured it needs the bearer token; without one the bot is loopback-only (BotOptions.Validate).</summary>
internal static class ParityEndpoint
{
    public static IEndpointRouteBuilder MapParityApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/parity", (HttpRequest req, IOptions<BotOptions> o, ParityMonitor monitor) =>
        {
            if (!string.IsNullOrEmpty(o.Value.ApiToken) && !BearerToken.IsAuthorized(req, o.Value.ApiToken))
            {
                return Results.Json(new { error = "missing or wrong bearer token" }, statusCode: StatusCodes.Status401Unauthorized);
            }

            return Results.Json(monitor.Latest);
        });
        return app;
    }
}
