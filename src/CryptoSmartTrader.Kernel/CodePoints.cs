namespace CryptoSmartTrader.Kernel;

/// <summary>Jupyter counts cursor positions in Unicode code points; .NET strings index UTF-16 code units.</summary>
internal static class CodePoints
{
    public static int ToUtf16(string text, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints && i < text.Length; n++) i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        return i;
    }

    public static int FromUtf16(string text, int index)
    {
        var n = 0;
        for (var i = 0; i < index && i < text.Length; n++) i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        return n;
    }
}
