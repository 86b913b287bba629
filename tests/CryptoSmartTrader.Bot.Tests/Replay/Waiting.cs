namespace CryptoSmartTrader.Bot.Tests.Replay;

internal static class Waiting
{
    // The cap only stops a broken run; it is not a timing assertion. CI machines are shared and sometimes slow, so every cap is
    // stretched (CST_TEST_WAIT_SCALE, default 3): a passing run never waits for it, a broken one just fails later.
    private static readonly double Scale = double.TryParse(Environment.GetEnvironmentVariable("CST_TEST_WAIT_SCALE"),
        System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 3;

    /// <summary>A cap of <paramref name="seconds"/>, scaled like every other (for clients with their own timeouts, e.g. Playwright).</summary>
    public static float Cap(int seconds) => (float)(seconds * 1000 * Scale);

    /// <summary>Polls until <paramref name="condition"/> holds, failing with <paramref name="failure"/> after the (scaled) cap.</summary>
    public static async Task For(Func<Task<bool>> condition, string failure, int seconds = 45)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds * Scale);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail(failure);
            await Task.Delay(50);
        }
    }

    public static Task For(Func<bool> condition, string failure, int seconds = 45) => For(() => Task.FromResult(condition()), failure, seconds);
}
