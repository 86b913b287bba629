using System.Security.Cryptography;
using System.Text;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private.Signing;

/// <summary>
/// The loopback venue verifies what actually went over the wire with the planted secret, recomputing each venue's
/// documented scheme itself (System.Security.Cryptography directly, not the signers under test).
/// </summary>
public sealed class SignedWireTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private string? _verdict;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private Func<HttpContext, Task> Verify(Func<HttpContext, Task<bool>> check, string body) => async context =>
    {
        _verdict = await check(context) ? "ok" : "bad signature";
        await Reply.Json(body)(context);
    };

    [Fact]
    public async Task Binance_query_signature_and_key_header()
    {
        _server.Map("/api/v3/account", Verify(context =>
        {
            var query = context.Request.QueryString.Value![1..];
            var i = query.IndexOf("&signature=", StringComparison.Ordinal);
            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Utf8(PrivateTestAccounts.PlantedSecret), Utf8(query[..i])));
            return Task.FromResult(query[(i + 11)..] == expected && context.Request.Headers["X-MBX-APIKEY"] == PrivateTestAccounts.PlantedKey);
        }, """{"balances":[]}"""));
        var result = await PrivateTestAccounts.Create(Exchange.Binance, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch)).GetBalancesAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal("ok", _verdict);
    }

    [Fact]
    public async Task Kraken_api_sign_over_the_posted_form()
    {
        _server.Map("/0/private/BalanceEx", Verify(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var nonce = body.Split('&').First(p => p.StartsWith("nonce=", StringComparison.Ordinal))[6..];
            var message = Utf8("/0/private/BalanceEx").Concat(SHA256.HashData(Utf8(nonce + body))).ToArray();
            var expected = Convert.ToBase64String(HMACSHA512.HashData(Convert.FromBase64String(PrivateTestAccounts.PlantedSecret), message));
            return context.Request.Headers["API-Sign"] == expected && context.Request.Headers["API-Key"] == PrivateTestAccounts.PlantedKey;
        }, """{"error":[],"result":{}}"""));
        var result = await PrivateTestAccounts.Create(Exchange.Kraken, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch)).GetBalancesAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal("ok", _verdict);
    }

    [Fact]
    public async Task KuCoin_headers_sign_timestamp_method_path_and_the_passphrase()
    {
        _server.Map("/api/v1/accounts", Verify(context =>
        {
            var h = context.Request.Headers;
            string Sign(string s) => Convert.ToBase64String(HMACSHA256.HashData(Utf8(PrivateTestAccounts.PlantedSecret), Utf8(s)));
            var prehash = h["KC-API-TIMESTAMP"] + "GET" + context.Request.Path + context.Request.QueryString;
            return Task.FromResult(h["KC-API-SIGN"] == Sign(prehash) && h["KC-API-PASSPHRASE"] == Sign(PrivateTestAccounts.PlantedPassphrase)
                && h["KC-API-KEY-VERSION"] == "2" && h["KC-API-KEY"] == PrivateTestAccounts.PlantedKey);
        }, """{"code":"200000","data":[]}"""));
        var result = await PrivateTestAccounts.Create(Exchange.KuCoin, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch)).GetBalancesAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal("ok", _verdict);
    }

    [Fact]
    public async Task Htx_signature_over_method_host_path_and_sorted_query()
    {
        _server.Map("/v1/account/accounts", Verify(context =>
        {
            var pairs = context.Request.QueryString.Value![1..].Split('&');
            var signature = Uri.UnescapeDataString(pairs.Single(p => p.StartsWith("Signature=", StringComparison.Ordinal))[10..]);
            var rest = string.Join('&', pairs.Where(p => !p.StartsWith("Signature=", StringComparison.Ordinal)).OrderBy(p => p, StringComparer.Ordinal));
            var canonical = $"GET\n{context.Request.Host.Value!.ToLowerInvariant()}\n{context.Request.Path}\n{rest}";
            var expected = Convert.ToBase64String(HMACSHA256.HashData(Utf8(PrivateTestAccounts.PlantedSecret), Utf8(canonical)));
            return Task.FromResult(signature == expected && rest.Contains("AccessKeyId=" + PrivateTestAccounts.PlantedKey, StringComparison.Ordinal));
        }, """{"status":"ok","data":[{"id":7,"type":"spot","subtype":"","state":"working"}]}"""));
        _server.MapJson("/v1/account/accounts/7/balance", """{"status":"ok","data":{"id":7,"type":"spot","state":"working","list":[]}}""");
        var result = await PrivateTestAccounts.Create(Exchange.Htx, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch)).GetBalancesAsync();

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal("ok", _verdict);
    }
}
