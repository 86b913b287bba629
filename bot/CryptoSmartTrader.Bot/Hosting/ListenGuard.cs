using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CryptoSmartTrader.Bot.Hosting;

/// <summary>
/// The bot listens only where <see cref="BotOptions.BindAddress"/> and <see cref="BotOptions.Port"/> say, because only those are
/// validated against the token rule. ASP.NET Core also takes endpoints from configuration (<c>--Kestrel:Endpoints:x:Url</c>,
/// <c>Kestrel__Endpoints__x__Url</c>), and those override <c>UseUrls</c>: they are refused before start, and the addresses the
/// server actually bound are checked again after it starts, so no other channel can open a port the rule never saw.
/// </summary>
internal static class ListenGuard
{
    public static IEnumerable<string> Validate(IConfiguration configuration)
    {
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            yield return $"Kestrel:Endpoints:{endpoint.Key} is set (from --Kestrel:… arguments or Kestrel__… environment variables); the bot listens only on " +
                         "Bot:BindAddress/--bind and Bot:Port/--port, which are checked against the token rule: use those instead";
        }
    }

    /// <summary>The bound addresses that are not the validated setting.</summary>
    public static IReadOnlyList<string> Unexpected(IEnumerable<string> addresses, BotOptions options) =>
        addresses.Where(a => !Allowed(a, options)).ToList();

    private static bool Allowed(string address, BotOptions options)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://any", StringComparison.Ordinal).Replace("://*", "://any", StringComparison.Ordinal),
                UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (options.Port != 0 && uri.Port != options.Port)
        {
            return false;
        }

        var host = uri.Host.Trim('[', ']');
        if (string.Equals(host, options.BindAddress.Trim('[', ']'), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "localhost" binds both loopback addresses.
        return options.IsLoopback && (host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip)));
    }

    /// <summary>Fails the start when the server bound anything else; runs after the server has started.</summary>
    internal sealed class StartedCheck(IServer server, BotOptions options) : IHostedLifecycleService
    {
        public Task StartedAsync(CancellationToken cancellationToken)
        {
            var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var unexpected = Unexpected(bound, options);
            return unexpected.Count == 0
                ? Task.CompletedTask
                : throw new BotConfigurationException([$"the server listens on {string.Join(", ", unexpected)}, which is not Bot:BindAddress {options.BindAddress} " +
                                                       $"port {options.Port}; remove the other listening settings (Kestrel, URLS, HTTP_PORTS)"]);
        }

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
