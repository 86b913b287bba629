using CryptoSmartTrader.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Bot.Security;

/// <summary>
/// With a token configured, every <c>/api/*</c> request must carry it: orders, positions and alerts are as private as the
/// controls. Without one (loopback only, see <see cref="BotOptions.Validate"/>) reads are open and controls are refused. It is
/// middleware, not an endpoint filter, so it runs before the handler's body is read: an anonymous caller cannot make the bot
/// parse (or buffer) anything. /health and /metrics stay open for probes and scrapers.
/// </summary>
internal static class ApiTokenGate
{
    /// <summary>The largest request body the bot reads; the API takes only small JSON objects (a kill-switch reason).</summary>
    public const long MaxRequestBodyBytes = 16 * 1024;

    public static IApplicationBuilder UseApiTokenGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsApi(context))
        {
            var token = context.RequestServices.GetRequiredService<BotOptions>().ApiToken;
            var control = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
            if ((control || !string.IsNullOrEmpty(token)) && !BearerToken.IsAuthorized(context.Request, token))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsJsonAsync(new
                {
                    error = string.IsNullOrEmpty(token) ? "control endpoints are disabled: no Bot:ApiToken configured" : "missing or wrong bearer token",
                });
                return;
            }
        }

        await next(context);
    });

    // By the matched route as well as the raw path, so a path spelled differently but routed to an API endpoint is gated too.
    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.GetEndpoint() is RouteEndpoint route && (route.RoutePattern.RawText ?? "").StartsWith("/api", StringComparison.OrdinalIgnoreCase);
}
