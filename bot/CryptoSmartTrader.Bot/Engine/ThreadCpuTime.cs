using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// CPU time consumed by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, nanosecond resolution). On a shared
/// machine a cycle's wall time includes waiting for a core; its CPU time does not, so both are recorded. Null elsewhere.
/// </summary>
internal static class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;
    private static readonly bool Supported = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    public static TimeSpan? Now()
    {
        if (!Supported) return null;
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0 ? TimeSpan.FromTicks(ts.Seconds * TimeSpan.TicksPerSecond + ts.Nanoseconds / 100) : null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
