using System.Globalization;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

public sealed partial class SqliteMarketStore
{
    public Task<int> SaveTradesAsync(Exchange exchange, Symbol symbol, IReadOnlyList<Trade> trades, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trades);
        cancellationToken.ThrowIfCancellationRequested();
        if (trades.Count == 0)
        {
            return Task.FromResult(0);
        }

        lock (_gate)
        {
            ThrowIfDisposed();
            using var tx = _connection.BeginTransaction(deferred: false);
            var marketId = GetOrCreateMarketIn(tx, exchange, symbol);
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText =
                "INSERT INTO trades (market_id, time_ticks, trade_key, trade_id, price, size, side) VALUES ($m, $t, $k, $id, $p, $s, $side) " +
                "ON CONFLICT (market_id, trade_key) DO NOTHING;";
            var pm = cmd.Parameters.Add("$m", Microsoft.Data.Sqlite.SqliteType.Integer);
            var pt = cmd.Parameters.Add("$t", Microsoft.Data.Sqlite.SqliteType.Integer);
            var pk = cmd.Parameters.Add("$k", Microsoft.Data.Sqlite.SqliteType.Text);
            var pid = cmd.Parameters.Add("$id", Microsoft.Data.Sqlite.SqliteType.Text);
            var pp = cmd.Parameters.Add("$p", Microsoft.Data.Sqlite.SqliteType.Text);
            var ps = cmd.Parameters.Add("$s", Microsoft.Data.Sqlite.SqliteType.Text);
            var pside = cmd.Parameters.Add("$side", Microsoft.Data.Sqlite.SqliteType.Integer);
            pm.Value = marketId;
            var inserted = 0;
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var trade in trades)
            {
                pt.Value = trade.Time.UtcTicks;
                pk.Value = TradeKey(trade, occurrences);
                pid.Value = (object?)trade.TradeId ?? DBNull.Value;
                pp.Value = trade.Price.ToString(CultureInfo.InvariantCulture);
                ps.Value = trade.Size.ToString(CultureInfo.InvariantCulture);
                pside.Value = (int)trade.Side;
                inserted += cmd.ExecuteNonQuery();
            }

            tx.Commit();
            return Task.FromResult(inserted);
        }
    }

    public Task<IReadOnlyList<Trade>> LoadTradesAsync(Exchange exchange, Symbol symbol, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfDisposed();
            var list = new List<Trade>();
            if (SqliteKeys.FindMarket(_connection, exchange, symbol) is not { } marketId)
            {
                return Task.FromResult<IReadOnlyList<Trade>>(list);
            }

            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT time_ticks, price, size, side, trade_id FROM trades WHERE market_id = $m AND time_ticks >= $a AND time_ticks < $b ORDER BY time_ticks, id;";
            cmd.Parameters.AddWithValue("$m", marketId);
            cmd.Parameters.AddWithValue("$a", from.UtcTicks);
            cmd.Parameters.AddWithValue("$b", to.UtcTicks);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                list.Add(new Trade(new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero), decimal.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                    decimal.Parse(reader.GetString(2), CultureInfo.InvariantCulture), (TakerSide)reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }

            return Task.FromResult<IReadOnlyList<Trade>>(list);
        }
    }

    // Prints without a venue id are told apart by their values and their order within the same instant.
    private static string TradeKey(Trade trade, Dictionary<string, int> occurrences)
    {
        if (trade.TradeId is { Length: > 0 } id)
        {
            return "id:" + id;
        }

        var key = string.Create(CultureInfo.InvariantCulture, $"t:{trade.Time.UtcTicks}:{trade.Price}:{trade.Size}:{(int)trade.Side}");
        var n = occurrences.TryGetValue(key, out var seen) ? seen + 1 : 0;
        occurrences[key] = n;
        return $"{key}:{n}";
    }

    private long GetOrCreateMarketIn(Microsoft.Data.Sqlite.SqliteTransaction tx, Exchange exchange, Symbol symbol)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO markets (exchange, symbol) VALUES ($e, $s) ON CONFLICT (exchange, symbol) DO NOTHING; " +
                          "SELECT id FROM markets WHERE exchange = $e AND symbol = $s;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        return (long)cmd.ExecuteScalar()!;
    }
}
