using System.Collections.Concurrent;
using System.Text;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

/// <summary>
/// Issue 19 item 4: a venue that echoes the request (key header, signature, query, body) in its error text. Before, the key
/// reached stdout, the status page and the job log; now the transport removes it from every error it hands out.
/// </summary>
public sealed class EchoRedactionTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _sentKeyMaterial = new();
    private LoopbackServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.Fallback = EchoAsync;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string> Venues() => ["kraken", "binance", "kucoin", "htx"];

    [Theory]
    [MemberData(nameof(Venues))]
    public async Task Echoed_key_and_signature_never_leave_the_transport(string venue)
    {
        var exchange = Exchange.Parse(venue);
        var logger = new CapturingLogger();
        var account = PrivateTestAccounts.Create(exchange, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch), o => o.UnknownOutcome.MaxQueries = 1, logger);
        var symbol = new Symbol("BTC", "USDT");
        var errors = new List<ExchangeError?>
        {
            (await account.GetBalancesAsync()).Error,
            (await account.GetOrderAsync(symbol, "echo-1")).Error,
            (await account.CancelOrderAsync(symbol, "echo-1")).Error,
            (await account.GetOpenOrdersAsync(symbol)).Error,
            (await account.GetKeyPermissionsAsync()).Error,
        };
        var placement = await account.PlaceOrderAsync(new OrderRequest("echo-1", exchange, symbol, OrderSide.Buy, OrderType.Limit, 1m, 1m));
        errors.Add(placement.Error ?? placement.Value.Error);

        var texts = string.Join('\n', errors.Where(e => e is not null).Select(e => e!.ToString())) + "\n" + logger.All;
        Assert.NotEmpty(_sentKeyMaterial);
        // The venue did echo something secret, and it was replaced rather than the whole message dropped.
        Assert.Contains("***", texts);
        Assert.Contains("echo:", texts);
        Assert.DoesNotContain(PrivateTestAccounts.PlantedKey, texts);
        Assert.DoesNotContain(PrivateTestAccounts.PlantedSecret, texts);
        Assert.DoesNotContain(PrivateTestAccounts.PlantedPassphrase, texts);
        foreach (var material in _sentKeyMaterial.Distinct())
        {
            Assert.False(texts.Contains(material, StringComparison.Ordinal), $"'{material}' leaked");
        }
    }

    // Answers in the venue's own error shape with everything the request carried, as a careless venue (or proxy) might.
    private async Task EchoAsync(HttpContext context)
    {
        var request = context.Request;
        request.EnableBuffering();
        var body = await new StreamReader(request.Body, Encoding.UTF8).ReadToEndAsync();
        foreach (var (name, value) in request.Headers)
        {
            if (IsKeyMaterial(name, value.ToString())) _sentKeyMaterial.Enqueue(value.ToString());
        }

        foreach (var (name, value) in request.Query)
        {
            if (IsKeyMaterial(name, value.ToString())) _sentKeyMaterial.Enqueue(value.ToString());
        }

        var echo = "echo: " + string.Join("; ", request.Headers.Select(h => $"{h.Key}={h.Value}")) + " query=" + request.QueryString.Value
                   + " decoded=" + Uri.UnescapeDataString(request.QueryString.Value ?? "") + " body=" + body;
        var json = System.Text.Json.JsonSerializer.Serialize(echo);
        var path = request.Path.Value ?? "";
        var (status, payload) = path switch
        {
            _ when path.StartsWith("/0/private", StringComparison.Ordinal) => (200, $$"""{"error":[{{System.Text.Json.JsonSerializer.Serialize("EAPI:Invalid key " + echo)}}]}"""),
            _ when path.StartsWith("/api/v3", StringComparison.Ordinal) || path.StartsWith("/sapi", StringComparison.Ordinal) => (401, $$"""{"code":-2015,"msg":{{json}}}"""),
            _ when path.StartsWith("/api/v1", StringComparison.Ordinal) || path.StartsWith("/api/v2", StringComparison.Ordinal) => (401, $$"""{"code":"400005","msg":{{json}}}"""),
            _ => (200, $$"""{"status":"error","err-code":"api-signature-not-valid","err-msg":{{json}}}"""),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(payload);
    }

    // Keys, signatures and signed passphrases; not "KC-API-KEY-VERSION: 2" or "SignatureMethod=HmacSHA256".
    private static bool IsKeyMaterial(string name, string value) =>
        value.Length >= 16 && (name.Contains("key", StringComparison.OrdinalIgnoreCase) || name.Contains("sign", StringComparison.OrdinalIgnoreCase)
                               || name.Contains("pass", StringComparison.OrdinalIgnoreCase));
}
