namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// Durations of the most recent bar-close cycles (kernel step, status publication and the step's commit), kept in a
/// fixed ring so recording never allocates. Read by the cycle-latency benchmark and the metrics endpoint.
/// </summary>
internal sealed class CycleTimings(int capacity = 8_192)
{
    private readonly double[] _ms = new double[capacity];
    private readonly double[] _cpuMs = new double[capacity];
    private readonly object _gate = new();
    private long _count;

    /// <summary>Cycles recorded since start (may exceed the ring's capacity).</summary>
    public long Count
    {
        get { lock (_gate) return _count; }
    }

    /// <summary>Records one cycle: wall time, and the thread's CPU time when the platform reports it (NaN otherwise).</summary>
    public void Record(TimeSpan elapsed, TimeSpan? cpu)
    {
        lock (_gate)
        {
            _ms[_count % _ms.Length] = elapsed.TotalMilliseconds;
            _cpuMs[_count % _ms.Length] = cpu?.TotalMilliseconds ?? double.NaN;
            _count++;
        }
    }

    /// <summary>The retained wall-clock durations in milliseconds, oldest first.</summary>
    public double[] Snapshot() => Copy(_ms);

    /// <summary>The retained on-CPU durations in milliseconds (NaN where unknown), oldest first.</summary>
    public double[] CpuSnapshot() => Copy(_cpuMs);

    private double[] Copy(double[] ring)
    {
        lock (_gate)
        {
            var n = (int)Math.Min(_count, ring.Length);
            var copy = new double[n];
            var start = _count <= ring.Length ? 0 : (int)(_count % ring.Length);
            for (var i = 0; i < n; i++) copy[i] = ring[(start + i) % ring.Length];
            return copy;
        }
    }
}
