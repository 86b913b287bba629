using System.Text;
using System.Text.Json.Nodes;
using CryptoSmartTrader.Kernel.Protocol;

namespace CryptoSmartTrader.Kernel.Tests.Protocol;

public sealed class JupyterMessageTests
{
    [Fact]
    public void Signature_is_hmac_sha256_over_the_parts_in_order()
    {
        // RFC 4231 test case 2, the data split over two parts as the four JSON frames are.
        var signer = new MessageSigner("Jefe");
        var sig = signer.Sign(new[] { "what do ya want "u8.ToArray(), "for nothing?"u8.ToArray() });
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", sig);
    }

    [Fact]
    public void Round_trip_keeps_identities_and_content()
    {
        var signer = new MessageSigner("secret");
        var message = Message(signer);

        var parsed = JupyterMessage.Parse(message.ToFrames(signer), signer, out var error);

        Assert.Null(error);
        Assert.Equal("client-1", Encoding.ASCII.GetString(parsed!.Identities.Single()));
        Assert.Equal("execute_request", parsed.Type);
        Assert.Equal("1+1", parsed.Content["code"]!.GetValue<string>());
    }

    [Fact]
    public void Wrong_key_is_rejected()
    {
        var frames = Message(new MessageSigner("other")).ToFrames(new MessageSigner("other"));
        Assert.Null(JupyterMessage.Parse(frames, new MessageSigner("secret"), out var error));
        Assert.Equal("bad signature", error);
    }

    [Fact]
    public void Tampered_content_is_rejected()
    {
        var signer = new MessageSigner("secret");
        var frames = Message(signer).ToFrames(signer);
        frames[^1] = Encoding.UTF8.GetBytes("""{"code":"System.IO.File.Delete(\"x\")"}""");
        Assert.Null(JupyterMessage.Parse(frames, signer, out var error));
        Assert.Equal("bad signature", error);
    }

    [Fact]
    public void Missing_signature_is_rejected_when_a_key_is_set()
    {
        var frames = Message(new MessageSigner(string.Empty)).ToFrames(new MessageSigner(string.Empty));
        Assert.Null(JupyterMessage.Parse(frames, new MessageSigner("secret"), out var error));
        Assert.Equal("missing signature", error);
    }

    [Fact]
    public void Frames_without_the_delimiter_are_malformed()
    {
        Assert.Null(JupyterMessage.Parse([[1, 2], "{}"u8.ToArray()], new MessageSigner("secret"), out var error));
        Assert.StartsWith("malformed message: expected '<IDS|MSG>'", error);
    }

    private static JupyterMessage Message(MessageSigner _) => new(
        [Encoding.ASCII.GetBytes("client-1")],
        new JsonObject { ["msg_id"] = "m1", ["msg_type"] = "execute_request", ["session"] = "s", ["username"] = "u", ["version"] = "5.3" },
        [], [], new JsonObject { ["code"] = "1+1" });
}
