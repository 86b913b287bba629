using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Bot.Persistence;

internal sealed partial class BotStore
{
    private bool _liveTables;

    /// <summary>Forgets the live bars, gaps and order-id prefix of an earlier run that never committed a step.</summary>
    public void ClearLiveRun()
    {
        EnsureLiveTables();
        Write("DELETE FROM bot_live_bars; DELETE FROM bot_live_gaps; DELETE FROM bot_state WHERE key = 'live_prefix';");
    }

    /// <summary>Stores the live candles the kernel consumes (warm-up or traded), before the step that uses them commits. Idempotent.</summary>
    public void SaveLiveBars(IEnumerable<(Symbol Symbol, Candle Candle)> bars, bool warmup)
    {
        EnsureLiveTables();
        lock (_gate)
        {
            using var tx = Begin();
            foreach (var (s, c) in bars)
            {
                Run(tx, "INSERT INTO bot_live_bars VALUES (@s, @o, @c, @op, @h, @l, @cl, @v, @w) ON CONFLICT DO NOTHING", ("@s", s.ToString()), ("@o", c.OpenTime.ToUnixTimeMilliseconds()),
                    ("@c", c.CloseTime.ToUnixTimeMilliseconds()), ("@op", D(c.Open)), ("@h", D(c.High)), ("@l", D(c.Low)), ("@cl", D(c.Close)), ("@v", D(c.Volume)), ("@w", warmup ? 1 : 0));
            }

            tx.Commit();
        }
    }

    /// <summary>The stored live candles closing at or before <paramref name="upTo"/>, oldest first.</summary>
    public IReadOnlyList<(string Symbol, Candle Candle, bool Warmup)> LiveBars(DateTimeOffset upTo)
    {
        EnsureLiveTables();
        return Read($"SELECT symbol, open_ms, close_ms, open, high, low, close, volume, warmup FROM bot_live_bars WHERE close_ms <= {upTo.ToUnixTimeMilliseconds()} ORDER BY close_ms, symbol",
            r => (r.GetString(0), new Candle(DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)),
                decimal.Parse(r.GetString(3), Inv), decimal.Parse(r.GetString(4), Inv), decimal.Parse(r.GetString(5), Inv), decimal.Parse(r.GetString(6), Inv),
                decimal.Parse(r.GetString(7), Inv)), r.GetInt64(8) == 1));
    }

    public void SaveLiveGap(Symbol symbol, DateTimeOffset from, DateTimeOffset until, string reason)
    {
        EnsureLiveTables();
        Write("INSERT INTO bot_live_gaps VALUES (@s, @f, @u, @r) ON CONFLICT (symbol, from_ms) DO UPDATE SET until_ms = excluded.until_ms, reason = excluded.reason", ("@s", symbol.ToString()), ("@f", from.ToUnixTimeMilliseconds()),
            ("@u", until.ToUnixTimeMilliseconds()), ("@r", reason));
    }

    public IReadOnlyList<(string Symbol, DateTimeOffset From, DateTimeOffset Until, string Reason)> LiveGaps()
    {
        EnsureLiveTables();
        return Read("SELECT symbol, from_ms, until_ms, reason FROM bot_live_gaps ORDER BY from_ms",
            r => (r.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.GetString(3)));
    }

    public string? State(string key)
    {
        lock (_gate)
        {
            using var cmd = Command("SELECT value FROM bot_state WHERE key = @k", null, ("@k", key));
            return cmd.ExecuteScalar() as string;
        }
    }

    public void SetState(string key, string value) => Write("INSERT INTO bot_state VALUES (@k, @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value", ("@k", key), ("@v", value));

    private void EnsureLiveTables()
    {
        lock (_gate)
        {
            if (_liveTables) return;
            if (_backend.LiveTables is { } ddl)
            {
                using var cmd = Command(ddl, null);
                cmd.ExecuteNonQuery();
            }

            _liveTables = true;
        }
    }
}
