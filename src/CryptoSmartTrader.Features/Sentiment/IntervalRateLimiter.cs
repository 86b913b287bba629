namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>Spaces request starts at least <c>interval</c> apart, on the injected clock (so tests can drive it).</summary>
internal sealed class IntervalRateLimiter(TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (_next > now)
            {
                await Task.Delay(_next - now, time, cancellationToken).ConfigureAwait(false);
                now = _next;
            }

            _next = now + interval;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
