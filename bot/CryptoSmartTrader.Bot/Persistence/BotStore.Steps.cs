namespace CryptoSmartTrader.Bot.Persistence;

internal sealed partial class BotStore
{
    /// <summary>Commits one step's snapshot (positions and balances replaced, equity, predictions, decisions) and moves the cursor.</summary>
    public void CommitStep(StepRecord step)
    {
        var t = step.Time.ToUnixTimeMilliseconds();
        lock (_gate)
        {
            using var tx = Begin();
            Run(tx, "DELETE FROM bot_positions");
            foreach (var (sym, qty, avg) in step.Positions)
            {
                Run(tx, "INSERT INTO bot_positions VALUES (@s, @q, @a, @t)", ("@s", sym), ("@q", D(qty)), ("@a", D(avg)), ("@t", t));
            }

            Run(tx, "DELETE FROM bot_balances");
            foreach (var (asset, amount) in step.Balances)
            {
                Run(tx, "INSERT INTO bot_balances VALUES (@a, @v, @t)", ("@a", asset), ("@v", D(amount)), ("@t", t));
            }

            Run(tx, "INSERT INTO bot_equity VALUES (@t, @e, @c, @s, @d) ON CONFLICT (time_ms) DO UPDATE SET equity = excluded.equity, cash = excluded.cash, " +
                "trading_state = excluded.trading_state, drawdown_level = excluded.drawdown_level", ("@t", t), ("@e", D(step.Equity)), ("@c", D(step.Cash)),
                ("@s", step.TradingState), ("@d", step.DrawdownLevel));
            foreach (var p in step.Predictions)
            {
                Run(tx, "INSERT INTO bot_predictions VALUES (@t, @s, @m, @d, @c, @g) ON CONFLICT (time_ms, symbol, model) DO UPDATE SET " +
                    "direction = excluded.direction, confidence = excluded.confidence, passes_gate = excluded.passes_gate", ("@t", t), ("@s", p.Symbol), ("@m", p.Model),
                    ("@d", p.Direction), ("@c", p.Confidence), ("@g", p.PassesGate ? 1 : 0));
            }

            foreach (var d in step.Decisions)
            {
                Run(tx, "INSERT INTO bot_decisions (time_ms, symbol, action, reason_code, quantity, price, client_order_id, details) VALUES (@t, @s, @a, @r, @q, @p, @o, @x)",
                    ("@t", d.Time.ToUnixTimeMilliseconds()), ("@s", d.Symbol.ToString()), ("@a", d.Action.ToString()), ("@r", d.Reason.ToString()),
                    ("@q", double.IsFinite(d.Quantity) ? d.Quantity : 0), ("@p", double.IsFinite(d.Price) ? d.Price : 0), ("@o", d.ClientOrderId), ("@x", d.Details));
            }

            if (step.Trading is { } ts)
            {
                Run(tx, "INSERT INTO bot_trading_state VALUES (@t, @s, @l, @k, @m, @r, @d) ON CONFLICT (time_ms) DO UPDATE SET state = excluded.state, " +
                    "level = excluded.level, kill_switch = excluded.kill_switch, manual_reason = excluded.manual_reason, resumes_after_ms = excluded.resumes_after_ms, daily_halt = excluded.daily_halt", ("@t", t), ("@s", ts.State), ("@l", ts.Level),
                    ("@k", ts.KillSwitch.ToString()), ("@m", ts.ManualReason), ("@r", ts.ResumesAfter?.ToUnixTimeMilliseconds()), ("@d", ts.DailyHalt ? 1 : 0));
            }

            Run(tx, "INSERT INTO bot_state VALUES ('cursor_ms', @v) ON CONFLICT (key) DO UPDATE SET value = excluded.value", ("@v", t.ToString(Inv)));
            tx.Commit();
        }
    }

    public IReadOnlyList<PersistedOrder> Orders() => Read("SELECT client_order_id, symbol, side, quantity, status, filled, created_ms FROM bot_orders ORDER BY created_ms, client_order_id",
        r => new PersistedOrder(r.GetString(0), r.GetString(1), r.GetString(2), decimal.Parse(r.GetString(3), Inv), r.GetString(4), decimal.Parse(r.GetString(5), Inv), r.GetInt64(6)));

    public IReadOnlyList<PersistedFill> Fills() => Read("SELECT client_order_id, seq, symbol, side, quantity, price, fee, fee_asset FROM bot_fills ORDER BY time_ms, client_order_id, seq",
        r => new PersistedFill(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), decimal.Parse(r.GetString(4), Inv), decimal.Parse(r.GetString(5), Inv),
            decimal.Parse(r.GetString(6), Inv), r.GetString(7)));

    public IReadOnlyDictionary<string, decimal> Positions() =>
        Read("SELECT symbol, quantity FROM bot_positions", r => (r.GetString(0), decimal.Parse(r.GetString(1), Inv))).ToDictionary(x => x.Item1, x => x.Item2);

    public IReadOnlyDictionary<string, decimal> Balances() =>
        Read("SELECT asset, amount FROM bot_balances", r => (r.GetString(0), decimal.Parse(r.GetString(1), Inv))).ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>The committed equity rows (close time, equity, trading state), oldest first.</summary>
    public IReadOnlyList<(DateTimeOffset Time, decimal Equity, string State)> EquityRows() => Read("SELECT time_ms, equity, trading_state FROM bot_equity ORDER BY time_ms",
        r => (DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)), decimal.Parse(r.GetString(1), Inv), r.GetString(2)));

    public long Count(string table) => Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {table}"), Inv);

    private List<T> Read<T>(string sql, Func<System.Data.Common.DbDataReader, T> map)
    {
        lock (_gate)
        {
            using var cmd = Command(sql, null);
            using var r = cmd.ExecuteReader();
            var list = new List<T>();
            while (r.Read()) list.Add(map(r));
            return list;
        }
    }

    private void Run(System.Data.Common.DbTransaction tx, string sql, params (string Name, object? Value)[] args)
    {
        using var cmd = Command(sql, tx, args);
        cmd.ExecuteNonQuery();
    }
}
