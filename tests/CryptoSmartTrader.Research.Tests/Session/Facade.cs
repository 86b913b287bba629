using CryptoSmartTrader.Research.Session;

namespace CryptoSmartTrader.Research.Tests.Session;

/// <summary>The stateless parts of the notebook facade (a session's <c>Frames</c>, <c>Tables</c>, <c>Regimes</c>,
/// <c>Backtests</c>, <c>Sweeps</c>), for tests that need no store.</summary>
internal static class Facade
{
    public static ResearchFrames Frames { get; } = new();
    public static ResearchTables Tables { get; } = new();
    public static ResearchRegimes Regimes { get; } = new();
    public static ResearchBacktests Backtests { get; } = new();
    public static ResearchSweeps Sweeps { get; } = new();
}
