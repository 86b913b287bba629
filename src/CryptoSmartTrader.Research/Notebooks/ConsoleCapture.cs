using System.Text;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Captures Console output per cell. Console.Out is process-wide, so a routing writer is installed once and sends each write to the
/// capture of the cell whose execution context it comes from (an AsyncLocal, which flows into tasks and threads the cell starts);
/// writes from anywhere else go to the original console unchanged. This keeps concurrent runs (tests, several notebooks) apart.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly AsyncLocal<CellCapture?> CurrentCapture = new();
    private static readonly object Gate = new();
    private static TextWriter? _installedOut;
    private static TextWriter? _installedError;

    public static CellCapture? Current
    {
        get => CurrentCapture.Value;
        set => CurrentCapture.Value = value;
    }

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(Console.Out, _installedOut))
            {
                Console.SetOut(new Router(Console.Out, "stdout"));
                _installedOut = Console.Out;
            }

            if (!ReferenceEquals(Console.Error, _installedError))
            {
                Console.SetError(new Router(Console.Error, "stderr"));
                _installedError = Console.Error;
            }
        }
    }

    private sealed class Router(TextWriter original, string stream) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value)
        {
            if (CurrentCapture.Value is { } c) c.Write(stream, value.ToString());
            else original.Write(value);
        }

        public override void Write(string? value)
        {
            if (CurrentCapture.Value is { } c) c.Write(stream, value ?? string.Empty);
            else original.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (CurrentCapture.Value is { } c) c.Write(stream, new string(buffer, index, count));
            else original.Write(buffer, index, count);
        }

        public override void Flush() => original.Flush();
    }
}
