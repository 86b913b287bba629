namespace CryptoSmartTrader.Data.Exchanges.RateLimiting;

/// <summary>
/// Kraken's call counter: each call adds its cost, the counter decays continuously, and a call that would push it past
/// the maximum waits until enough has decayed.
/// </summary>
internal sealed class DecayingCounterLimiter(double maximum, double decayPerSecond, TimeProvider time) : IRequestLimiter
{
    private readonly object _gate = new();
    private double _counter;
    private DateTimeOffset _last = time.GetUtcNow();

    public double Counter
    {
        get
        {
            lock (_gate)
            {
                Decay();
                return _counter;
            }
        }
    }

    public async ValueTask WaitAsync(int cost, CancellationToken cancellationToken)
    {
        var c = Math.Min(Math.Max(cost, 1), maximum);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                Decay();
                if (_counter + c <= maximum)
                {
                    _counter += c;
                    return;
                }

                wait = TimeSpan.FromSeconds((_counter + c - maximum) / decayPerSecond);
            }

            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Observe(HttpResponseMessage response)
    {
    }

    private void Decay()
    {
        var now = time.GetUtcNow();
        var elapsed = (now - _last).TotalSeconds;
        if (elapsed > 0)
        {
            _counter = Math.Max(0, _counter - elapsed * decayPerSecond);
            _last = now;
        }
    }
}
