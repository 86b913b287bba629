using Microsoft.Extensions.Time.Testing;

namespace CryptoSmartTrader.TestKit.Time;

/// <summary>
/// The tests' clock: Microsoft's <see cref="FakeTimeProvider"/> (timers and <c>Task.Delay</c> on it complete when
/// <see cref="FakeTimeProvider.Advance"/> passes their due time; it never moves backwards), starting at 2024-01-01 UTC
/// unless told otherwise. Only the default start is ours; the name stays so the many tests using it read the same.
/// </summary>
public sealed class ManualTimeProvider : FakeTimeProvider
{
    public ManualTimeProvider(DateTimeOffset start) : base(start.ToUniversalTime())
    {
    }

    public ManualTimeProvider() : this(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }
}
