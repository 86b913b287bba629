using System.Globalization;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

public sealed partial class SqliteMarketStore
{
    private const string InsertCandleSql =
        "INSERT INTO candles (series_id, open_ms, close_ms, open, high, low, close, volume) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) " +
        "ON CONFLICT (series_id, open_ms) DO NOTHING;";

    private const string SelectCandleSql =
        "SELECT close_ms, open, high, low, close, volume FROM candles WHERE series_id = ?1 AND open_ms = ?2;";

    public Task<CandleWriteResult> ImportAsync(CandleSeries candles, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Import(candles));
    }

    /// <summary>Synchronous <see cref="ImportAsync"/>.</summary>
    public CandleWriteResult Import(CandleSeries candles)
    {
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.IsEmpty)
        {
            return CandleWriteResult.Ok(0, 0);
        }

        lock (_gate)
        {
            ThrowIfDisposed();
            SqliteDatabase.Execute(_connection, "BEGIN IMMEDIATE;");
            var committed = false;
            try
            {
                var result = ImportInTransaction(candles);
                if (!result.Rejected)
                {
                    SqliteDatabase.Execute(_connection, "COMMIT;");
                    committed = true;
                }

                return result;
            }
            finally
            {
                // After a full disk or an I/O error SQLite may already have rolled back; a second ROLLBACK would then throw
                // "no transaction is active" and hide the real error.
                if (!committed && SQLitePCL.raw.sqlite3_get_autocommit(_connection.Handle) == 0)
                {
                    SqliteDatabase.Execute(_connection, "ROLLBACK;");
                }
            }
        }
    }

    private CandleWriteResult ImportInTransaction(CandleSeries candles)
    {
        var seriesId = GetOrCreateSeries(candles.Exchange, candles.Symbol, candles.Timeframe);
        using var insert = new RawStatement(_connection, InsertCandleSql);
        using var select = new RawStatement(_connection, SelectCandleSql);
        var openMs = candles.OpenTimeMs;
        var closeMs = candles.CloseTimeMs;
        var open = candles.Open;
        var high = candles.High;
        var low = candles.Low;
        var close = candles.Close;
        var volume = candles.Volume;
        int inserted = 0, unchanged = 0;
        insert.Bind(1, seriesId);
        select.Bind(1, seriesId);
        var tf = candles.Timeframe;
        for (var i = 0; i < candles.Count; i++)
        {
            // Loads derive the close from the open for fixed timeframes, so the store only accepts bars stamped that way.
            if (closeMs[i] != tf.CloseOfMs(openMs[i]))
            {
                return CandleWriteResult.Conflict(i, $"{candles.Exchange} {candles.Symbol} {tf} bar at {Iso(openMs[i])} closes at {Iso(closeMs[i])}; " +
                                                     $"a {tf} bar must close at {Iso(tf.CloseOfMs(openMs[i]))}");
            }

            insert.Bind(2, openMs[i]);
            insert.Bind(3, closeMs[i]);
            insert.Bind(4, open[i]);
            insert.Bind(5, high[i]);
            insert.Bind(6, low[i]);
            insert.Bind(7, close[i]);
            insert.Bind(8, volume[i]);
            insert.Step();
            var changed = insert.Changes;
            insert.Reset();
            if (changed == 1)
            {
                inserted++;
                continue;
            }

            // Already stored: identical values are a no-op, anything else is a conflict (never overwritten).
            select.Bind(2, openMs[i]);
            select.Step();
            var stored = (select.Int64(0), select.Double(1), select.Double(2), select.Double(3), select.Double(4), select.Double(5));
            select.Reset();
            var incoming = (closeMs[i], open[i], high[i], low[i], close[i], volume[i]);
            if (stored != incoming)
            {
                return CandleWriteResult.Conflict(i,
                    $"{candles.Exchange} {candles.Symbol} {candles.Timeframe} bar at {Iso(openMs[i])} is already stored with different values " +
                    $"(stored {Describe(stored)}, new {Describe(incoming)}); stored candles are never overwritten");
            }

            unchanged++;
        }

        if (inserted > 0)
        {
            using var stats = new RawStatement(_connection,
                "UPDATE series SET rows = rows + ?2, first_open_ms = min(coalesce(first_open_ms, ?3), ?3), last_open_ms = max(coalesce(last_open_ms, ?4), ?4) WHERE id = ?1;");
            stats.Bind(1, seriesId);
            stats.Bind(2, (long)inserted);
            stats.Bind(3, openMs[0]);
            stats.Bind(4, openMs[^1]);
            stats.Step();
        }

        return CandleWriteResult.Ok(inserted, unchanged);
    }

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Describe((long CloseMs, double O, double H, double L, double C, double V) b) =>
        string.Create(CultureInfo.InvariantCulture, $"close {Iso(b.CloseMs)} O {b.O:R} H {b.H:R} L {b.L:R} C {b.C:R} V {b.V:R}");
}
