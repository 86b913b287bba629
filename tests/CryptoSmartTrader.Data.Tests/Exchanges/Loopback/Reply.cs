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

    /// <summary>Drops the connection without an answer (a reset), after reading the request.</summary>
    public static Func<HttpContext, Task> Reset() => context =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>Promises the whole body (Content-Length) but sends only its first <paramref name="bytes"/> bytes, then drops the connection.</summary>
    public static Func<HttpContext, Task> CutOff(string body, int bytes) => async context =>
    {
        var data = System.Text.Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = data.Length;
        await context.Response.Body.WriteAsync(data.AsMemory(0, Math.Min(bytes, data.Length)));
        await context.Response.Body.FlushAsync();
        context.Abort();
    };
}
