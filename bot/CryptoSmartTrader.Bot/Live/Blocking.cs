namespace CryptoSmartTrader.Bot.Live;

/// <summary>
/// The kernel is synchronous, the account client asynchronous. The bot runs the kernel on its own background task (no
/// synchronisation context), so waiting here cannot deadlock; the time limit keeps a hung venue from stalling the kernel.
/// </summary>
internal static class Blocking
{
    /// <summary>The call's result, or null when it did not finish within <paramref name="limit"/>.</summary>
    public static T? Wait<T>(Func<CancellationToken, Task<T>> call, TimeSpan limit) where T : struct
    {
        using var cts = new CancellationTokenSource(limit);
        try
        {
            return Task.Run(() => call(cts.Token), cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return null;
        }
    }
}
