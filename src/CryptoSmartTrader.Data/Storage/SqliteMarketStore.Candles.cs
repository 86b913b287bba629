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

    // Rows per multi-row INSERT: SQLite's per-statement cost (step, reset, cursor open/close) is paid once per 64 rows
    // instead of once per row; 64 × 8 parameters stays far below SQLite's parameter limit.
    private const int InsertBatch = 64;

    private static readonly string InsertCandleBatchSql =
        "INSERT INTO candles (series_id, open_ms, close_ms, open, high, low, close, volume) VALUES " +
        string.Join(", ", Enumerable.Range(0, InsertBatch).Select(r => FormattableString.Invariant(
            $"(?1, ?{2 + r * 7}, ?{3 + r * 7}, ?{4 + r * 7}, ?{5 + r * 7}, ?{6 + r * 7}, ?{7 + r * 7}, ?{8 + r * 7})"))) +
        " ON CONFLICT (series_id, open_ms) DO NOTHING;";

    private CandleWriteResult ImportInTransaction(CandleSeries candles)
    {
        var seriesId = SqliteKeys.GetOrCreateSeries(_connection, candles.Exchange, candles.Symbol, candles.Timeframe);
        using var insert = new RawStatement(_connection, InsertCandleSql);
        using var batch = candles.Count >= InsertBatch ? new RawStatement(_connection, InsertCandleBatchSql) : null;
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
        batch?.Bind(1, seriesId);
        select.Bind(1, seriesId);
        var tf = candles.Timeframe;
        var i = 0;
        while (i < candles.Count)
        {
            // A full batch of bars stamped the way loads expect goes in one statement. A batch that met stored rows
            // (fewer changes than rows) is checked row by row afterwards: each skipped row must equal the stored one, and
            // the first that differs is the conflict, as in the row-by-row path (the transaction is rolled back either way).
            if (batch is not null && i + InsertBatch <= candles.Count && StampedOnGrid(tf, openMs, closeMs, i, InsertBatch))
            {
                for (var r = 0; r < InsertBatch; r++)
                {
                    var k = i + r;
                    var p = 2 + r * 7;
                    batch.Bind(p, openMs[k]);
                    batch.Bind(p + 1, closeMs[k]);
                    batch.Bind(p + 2, open[k]);
                    batch.Bind(p + 3, high[k]);
                    batch.Bind(p + 4, low[k]);
                    batch.Bind(p + 5, close[k]);
                    batch.Bind(p + 6, volume[k]);
                }

                batch.Step();
                var changed = batch.Changes;
                batch.Reset();
                inserted += changed;
                if (changed < InsertBatch)
                {
                    for (var k = i; k < i + InsertBatch; k++)
                    {
                        if (StoredDiffers(select, openMs, closeMs, open, high, low, close, volume, k) is { } conflict) return Conflict(candles, k, conflict);
                    }

                    unchanged += InsertBatch - changed;
                }

                i += InsertBatch;
                continue;
            }

            // Loads derive the close from the open for fixed timeframes, so the store only accepts bars stamped that way.
            if (closeMs[i] != tf.CloseOfMs(openMs[i]))
            {
                return CandleWriteResult.Conflict(i, $"{candles.Exchange} {candles.Symbol} {tf} bar at {SqliteKeys.Iso(openMs[i])} closes at {SqliteKeys.Iso(closeMs[i])}; " +
                                                     $"a {tf} bar must close at {SqliteKeys.Iso(tf.CloseOfMs(openMs[i]))}");
            }

            insert.Bind(2, openMs[i]);
            insert.Bind(3, closeMs[i]);
            insert.Bind(4, open[i]);
            insert.Bind(5, high[i]);
            insert.Bind(6, low[i]);
            insert.Bind(7, close[i]);
            insert.Bind(8, volume[i]);
            insert.Step();
            var one = insert.Changes;
            insert.Reset();
            if (one == 1)
            {
                inserted++;
                i++;
                continue;
            }

            // Already stored: identical values are a no-op, anything else is a conflict (never overwritten).
            if (StoredDiffers(select, openMs, closeMs, open, high, low, close, volume, i) is { } differs) return Conflict(candles, i, differs);
            unchanged++;
            i++;
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

    private static bool StampedOnGrid(Timeframe tf, ReadOnlySpan<long> openMs, ReadOnlySpan<long> closeMs, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            if (closeMs[k] != tf.CloseOfMs(openMs[k])) return false;
        }

        return true;
    }

    // The stored row for bar k and the incoming one, when they differ (null when they are equal: an identical re-import).
    // Rows inserted by the batch just now read back equal, so only the skipped ones can differ.
    private static ((long, double, double, double, double, double) Stored, (long, double, double, double, double, double) Incoming)? StoredDiffers(
        RawStatement select, ReadOnlySpan<long> openMs, ReadOnlySpan<long> closeMs, ReadOnlySpan<double> open, ReadOnlySpan<double> high,
        ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume, int k)
    {
        select.Bind(2, openMs[k]);
        select.Step();
        var stored = (select.Int64(0), select.Double(1), select.Double(2), select.Double(3), select.Double(4), select.Double(5));
        select.Reset();
        var incoming = (closeMs[k], open[k], high[k], low[k], close[k], volume[k]);
        return stored != incoming ? (stored, incoming) : null;
    }

    private static CandleWriteResult Conflict(CandleSeries candles, int k,
        ((long, double, double, double, double, double) Stored, (long, double, double, double, double, double) Incoming) d) =>
        CandleWriteResult.Conflict(k,
            $"{candles.Exchange} {candles.Symbol} {candles.Timeframe} bar at {SqliteKeys.Iso(candles.OpenTimeMs[k])} is already stored with different values " +
            $"(stored {Describe(d.Stored)}, new {Describe(d.Incoming)}); stored candles are never overwritten");


    private static string Describe((long CloseMs, double O, double H, double L, double C, double V) b) =>
        string.Create(CultureInfo.InvariantCulture, $"close {SqliteKeys.Iso(b.CloseMs)} O {b.O:R} H {b.H:R} L {b.L:R} C {b.C:R} V {b.V:R}");
}
