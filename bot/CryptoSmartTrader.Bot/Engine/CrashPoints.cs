using System.Diagnostics;
using System.Globalization;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>Kills the process at a named point of the order flow (see <see cref="EngineOptions.CrashAt"/>); a no-op unless set.</summary>
internal sealed class CrashPoints
{
    private readonly string? _step;
    private readonly int _at;
    private int _hits;

    public CrashPoints(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return;
        var parts = spec.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _at) || _at < 1)
        {
            throw new ArgumentException($"Bot:Engine:CrashAt must be STEP:N with N >= 1, got '{spec}'");
        }

        _step = parts[0];
    }

    /// <summary>False while recovering, so a crash point is only hit by new work.</summary>
    public bool Armed { get; set; } = true;

    public void Hit(string step)
    {
        if (!Armed || _step != step || ++_hits != _at) return;
        Process.GetCurrentProcess().Kill(); // SIGKILL on Linux: no flush, no shutdown, like a crash
    }
}
