using System.Text;
using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Kernel.Protocol;

/// <summary>One Jupyter message: routing identities, then header, parent header, metadata and content as JSON objects.</summary>
internal sealed record JupyterMessage(IReadOnlyList<byte[]> Identities, JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content)
{
    public const string Delimiter = "<IDS|MSG>";
    public const string ProtocolVersion = "5.3";

    public string Type => Header["msg_type"]?.GetValue<string>() ?? string.Empty;

    public string Id => Header["msg_id"]?.GetValue<string>() ?? string.Empty;

    /// <summary>Frames on the wire: identities, delimiter, signature, the four JSON parts.</summary>
    public List<byte[]> ToFrames(MessageSigner signer)
    {
        byte[][] parts = [Json(Header), Json(ParentHeader), Json(Metadata), Json(Content)];
        var frames = new List<byte[]>(Identities);
        frames.Add(Encoding.ASCII.GetBytes(Delimiter));
        frames.Add(Encoding.ASCII.GetBytes(signer.Sign(parts)));
        frames.AddRange(parts);
        return frames;
    }

    /// <summary>Parses and verifies a received message; null with the reason when it is malformed or its signature is wrong.</summary>
    public static JupyterMessage? Parse(IReadOnlyList<byte[]> frames, MessageSigner signer, out string? error)
    {
        error = null;
        var delimiter = Encoding.ASCII.GetBytes(Delimiter);
        var at = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(delimiter))
            {
                at = i;
                break;
            }
        }

        if (at < 0 || frames.Count < at + 6)
        {
            error = $"malformed message: expected '{Delimiter}', a signature and four JSON frames, got {frames.Count} frames";
            return null;
        }

        byte[][] parts = [frames[at + 2], frames[at + 3], frames[at + 4], frames[at + 5]];
        var signature = Encoding.ASCII.GetString(frames[at + 1]);
        if (signer.Enabled && signature.Length == 0)
        {
            error = "missing signature";
            return null;
        }

        if (!signer.Verify(signature, parts))
        {
            error = "bad signature";
            return null;
        }

        try
        {
            var objects = parts.Select(p => JsonNode.Parse(p) as JsonObject ?? []).ToArray();
            return new JupyterMessage(frames.Take(at).ToList(), objects[0], objects[1], objects[2], objects[3]);
        }
        catch (System.Text.Json.JsonException e)
        {
            error = $"malformed JSON: {e.Message}";
            return null;
        }
    }

    private static byte[] Json(JsonObject o) => Encoding.UTF8.GetBytes(o.ToJsonString());
}
