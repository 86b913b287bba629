using System.Globalization;

namespace CryptoSmartTrader.Data.Exchanges.RateLimiting;

/// <summary>
/// A fixed-window weight budget (Binance REQUEST_WEIGHT per minute, KuCoin pool per 30 s, HTX requests per 10 s).
/// When the venue reports its own count (Binance <c>X-MBX-USED-WEIGHT-1M</c>, KuCoin <c>gw-ratelimit-remaining</c>)
/// that count wins, because other processes on the same IP share the budget.
/// </summary>
internal sealed class WindowLimiter(int limit, TimeSpan window, TimeProvider time, string? usedHeader = null, string? remainingHeader = null)
    : IRequestLimiter
{
    private readonly object _gate = new();
    private long _windowStart = long.MinValue;
    private int _used;

    public int Used
    {
        get
        {
            lock (_gate)
            {
                Roll(time.GetUtcNow().ToUnixTimeMilliseconds());
                return _used;
            }
        }
    }

    public async ValueTask WaitAsync(int cost, CancellationToken cancellationToken)
    {
        var c = Math.Clamp(cost, 1, limit);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow().ToUnixTimeMilliseconds();
                Roll(now);
                if (_used + c <= limit)
                {
                    _used += c;
                    return;
                }

                wait = TimeSpan.FromMilliseconds(_windowStart + (long)window.TotalMilliseconds - now + 1);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Observe(HttpResponseMessage response)
    {
        int? used = null;
        if (usedHeader is not null && TryHeader(response, usedHeader, out var u))
        {
            used = u;
        }
        else if (remainingHeader is not null && TryHeader(response, remainingHeader, out var r))
        {
            used = limit - r;
        }

        if (used is { } value)
        {
            lock (_gate)
            {
                Roll(time.GetUtcNow().ToUnixTimeMilliseconds());
                _used = Math.Max(_used, Math.Min(value, limit));
            }
        }
    }

    private void Roll(long nowMs)
    {
        var w = (long)window.TotalMilliseconds;
        var start = nowMs - (nowMs % w);
        if (start != _windowStart)
        {
            _windowStart = start;
            _used = 0;
        }
    }

    private static bool TryHeader(HttpResponseMessage response, string name, out int value)
    {
        value = 0;
        return response.Headers.TryGetValues(name, out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
