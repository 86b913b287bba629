using CryptoSmartTrader.Data.Exchanges.Private.Binance;
using CryptoSmartTrader.Data.Exchanges.Private.Htx;
using CryptoSmartTrader.Data.Exchanges.Private.Kraken;
using CryptoSmartTrader.Data.Exchanges.Private.KuCoin;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private.Signing;

/// <summary>
/// Each venue's signing scheme against its own documentation. Binance and Kraken publish complete worked examples
/// (key, payload and resulting signature) which are reproduced exactly. KuCoin and HTX publish the pre-hash string
/// layout but no resulting signature; for them the documented pre-hash is rebuilt and the HMAC value was computed
/// independently (Python hmac/hashlib), not by the code under test.
/// </summary>
public sealed class DocumentedSignatureTests
{
    [Fact]
    public void Binance_hmac_example_from_the_spot_api_docs()
    {
        // Binance "SIGNED Endpoint Examples for POST /api/v3/order - HMAC Keys", example 1 (query string).
        const string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        const string query = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";

        Assert.Equal("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", BinanceSigner.Sign(secret, query));
    }

    [Fact]
    public void Kraken_api_sign_example_from_the_spot_rest_authentication_guide()
    {
        const string privateKey = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
        const string payload = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";

        Assert.Equal("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==",
            KrakenSigner.Sign(privateKey, "/0/private/AddOrder", "1616492376594", payload));
    }

    [Fact]
    public void Kraken_secret_that_is_not_base64_is_refused_with_a_clear_message()
    {
        var ex = Assert.Throws<ArgumentException>(() => KrakenSigner.Sign("not base64!", "/0/private/Balance", "1", "nonce=1"));
        Assert.Contains("base64", ex.Message);
    }

    [Fact]
    public void KuCoin_prehash_is_the_documented_concatenation_and_v2_signs_the_passphrase()
    {
        // KuCoin docs: "1547015186532POST/api/v1/deposit-addresses{"currency":"BTC"}" is the string to sign.
        var prehash = KuCoinSigner.Prehash("1547015186532", "post", "/api/v1/deposit-addresses", """{"currency":"BTC"}""");
        Assert.Equal("""1547015186532POST/api/v1/deposit-addresses{"currency":"BTC"}""", prehash);

        const string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        Assert.Equal("3k81fl1GOAHsQp0j5FBqMVG9s4JyvSwyTdHegVTjJRA=", KuCoinSigner.Sign(secret, prehash));
        Assert.Equal("wAeI54q5R4EVcSpUKoCU6MY3bO9c7WDT+eQTopEC/eo=", KuCoinSigner.SignPassphrase(secret, "my-passphrase"));
    }

    [Fact]
    public void Htx_canonical_request_matches_the_documented_example_and_signs_it()
    {
        // HTX "Signature" section: GET /v1/order/orders with order-id=1234567890 at 2017-05-11T15:19:30.
        var query = HtxSigner.Query(
        [
            new("order-id", "1234567890"), new("AccessKeyId", "e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx"), new("SignatureVersion", "2"),
            new("SignatureMethod", "HmacSHA256"), new("Timestamp", HtxSigner.Timestamp(new DateTimeOffset(2017, 5, 11, 15, 19, 30, TimeSpan.Zero))),
        ]);
        var canonical = HtxSigner.Canonical("GET", "API.HUOBI.PRO", "/v1/order/orders", query);

        Assert.Equal("GET\napi.huobi.pro\n/v1/order/orders\nAccessKeyId=e2xxxxxx-99xxxxxx-84xxxxxx-7xxxx&SignatureMethod=HmacSHA256"
                     + "&SignatureVersion=2&Timestamp=2017-05-11T15%3A19%3A30&order-id=1234567890", canonical);
        Assert.Equal("Nmd8AU8uAe0mkFpxNbiava0aeZzBEtYjCdie1ZYZjoM=", HtxSigner.Sign("b0xxxxxx-c6xxxxxx-94xxxxxx-dxxxx", canonical));
    }
}
