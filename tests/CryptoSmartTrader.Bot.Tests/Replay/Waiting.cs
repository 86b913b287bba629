namespace CryptoSmartTrader.Bot.Tests.Replay;

internal static class Waiting
{
    /// <summary>Polls until <paramref name="condition"/> holds; the cap only stops a broken run, it is not a timing assertion.</summary>
    public static async Task For(Func<Task<bool>> condition, string failure, int seconds = 45)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail(failure);
            await Task.Delay(50);
        }
    }

    public static Task For(Func<bool> condition, string failure, int seconds = 45) => For(() => Task.FromResult(condition()), failure, seconds);
}
