using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Bot.Persistence;

internal sealed partial class BotStore
{
    // Created on first use (not a numbered migration) so the table set of the replay-only bot is unchanged.
    private const string LiveTables = """
        CREATE TABLE IF NOT EXISTS bot_live_bars (symbol TEXT NOT NULL, open_ms INTEGER NOT NULL, close_ms INTEGER NOT NULL, open TEXT NOT NULL,
          high TEXT NOT NULL, low TEXT NOT NULL, close TEXT NOT NULL, volume TEXT NOT NULL, warmup INTEGER NOT NULL, PRIMARY KEY (symbol, open_ms));
        CREATE TABLE IF NOT EXISTS bot_live_gaps (symbol TEXT NOT NULL, from_ms INTEGER NOT NULL, until_ms INTEGER NOT NULL, reason TEXT NOT NULL,
          PRIMARY KEY (symbol, from_ms));
        """;

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
            using var tx = _db.BeginTransaction(deferred: false);
            foreach (var (s, c) in bars)
            {
                Run(tx, "INSERT OR IGNORE INTO bot_live_bars VALUES ($s, $o, $c, $op, $h, $l, $cl, $v, $w)", ("$s", s.ToString()), ("$o", c.OpenTime.ToUnixTimeMilliseconds()),
                    ("$c", c.CloseTime.ToUnixTimeMilliseconds()), ("$op", D(c.Open)), ("$h", D(c.High)), ("$l", D(c.Low)), ("$cl", D(c.Close)), ("$v", D(c.Volume)), ("$w", warmup ? 1 : 0));
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
        Write("INSERT OR REPLACE INTO bot_live_gaps VALUES ($s, $f, $u, $r)", ("$s", symbol.ToString()), ("$f", from.ToUnixTimeMilliseconds()),
            ("$u", until.ToUnixTimeMilliseconds()), ("$r", reason));
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
            using var cmd = Command("SELECT value FROM bot_state WHERE key = $k", null, ("$k", key));
            return cmd.ExecuteScalar() as string;
        }
    }

    public void SetState(string key, string value) => Write("INSERT OR REPLACE INTO bot_state VALUES ($k, $v)", ("$k", key), ("$v", value));

    private void EnsureLiveTables()
    {
        lock (_gate)
        {
            if (_liveTables) return;
            Exec(_db, LiveTables);
            _liveTables = true;
        }
    }
}
