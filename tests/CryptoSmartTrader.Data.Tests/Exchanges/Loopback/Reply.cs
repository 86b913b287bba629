using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

/// <summary>Canned loopback responses.</summary>
public static class Reply
{
    public static Func<HttpContext, Task> Json(string body, int status = 200, params (string Name, string Value)[] headers) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(body);
    };

    public static Func<HttpContext, Task> Status(int status, params (string Name, string Value)[] headers) =>
        Json($"<html>status {status}</html>", status, headers);

    /// <summary>Answers only after the client gives up (or the delay passes).</summary>
    public static Func<HttpContext, Task> Hang(TimeSpan delay) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        context.Response.StatusCode = 200;
        await context.Response.WriteAsync("{}");
    };
}
