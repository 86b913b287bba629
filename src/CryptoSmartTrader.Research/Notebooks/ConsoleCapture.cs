using System.Text;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Captures Console output per cell. Console.Out is process-wide, so a routing writer is installed once and sends each write to the
/// capture of the cell whose execution context it comes from (an AsyncLocal, which flows into tasks and threads the cell starts);
/// writes from anywhere else go to the original console unchanged. This keeps concurrent runs (tests, several notebooks) apart.
/// Console.In is routed the same way: a cell whose capture has a listener (the kernel) reads its lines from the front end.
/// </summary>
internal static class ConsoleCapture
{
    private static readonly AsyncLocal<CellCapture?> CurrentCapture = new();
    private static readonly object Gate = new();
    private static TextWriter? _installedOut;
    private static TextWriter? _installedError;
    private static TextReader? _installedIn;

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

            if (!ReferenceEquals(Console.In, _installedIn))
            {
                Console.SetIn(new InputRouter(Console.In));
                _installedIn = Console.In;
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

        // One write per line, so a front end gets "text\n" as one stream message rather than two.
        public override void WriteLine(string? value) => Write((value ?? string.Empty) + NewLine);

        public override void Flush() => original.Flush();
    }

    private sealed class InputRouter(TextReader original) : TextReader
    {
        // Characters of the last front-end line not yet consumed by Read(); per cell, like the capture.
        private static readonly AsyncLocal<string?> Pending = new();

        public override string? ReadLine()
        {
            if (CurrentCapture.Value is not { CanRead: true } c) return original.ReadLine();
            if (Pending.Value is { } rest)
            {
                Pending.Value = null;
                return rest.TrimEnd('\n');
            }

            return c.ReadLine(string.Empty, password: false);
        }

        public override int Read()
        {
            if (CurrentCapture.Value is not { CanRead: true } c) return original.Read();
            var line = Pending.Value ?? (c.ReadLine(string.Empty, password: false) is { } l ? l + "\n" : null);
            if (string.IsNullOrEmpty(line)) return -1;
            Pending.Value = line.Length > 1 ? line[1..] : null;
            return line[0];
        }

        public override int Peek() => CurrentCapture.Value is { CanRead: true } ? Pending.Value is { Length: > 0 } p ? p[0] : -1 : original.Peek();
    }
}
