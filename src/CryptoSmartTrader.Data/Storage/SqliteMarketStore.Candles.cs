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
                if (!committed)
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

    public Task<CandleSeries> LoadAsync(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset? from = null, DateTimeOffset? to = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Load(exchange, symbol, timeframe, from, to));
    }

    /// <summary>Synchronous <see cref="LoadAsync"/>: bars with open time in [from, to).</summary>
    public CandleSeries Load(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var lo = from?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var hi = to?.ToUnixTimeMilliseconds() ?? long.MaxValue;
        lock (_gate)
        {
            ThrowIfDisposed();
            if (FindSeriesStats(exchange, symbol, timeframe) is not { } stats || stats.Rows == 0 || hi <= lo)
            {
                return CandleSeries.Empty(exchange, symbol, timeframe);
            }

            // Size the columns once: exact for a whole-series load, an upper bound (bars are unique and grid-aligned) for a range.
            var capacity = stats.Rows;
            if (lo > stats.First || hi <= stats.Last)
            {
                var span = timeframe.IsFixed ? (Math.Min(hi - 1, stats.Last) - Math.Max(lo, stats.First)) / timeframe.DurationMs + 1 : stats.Rows;
                capacity = Math.Clamp(span, 0, stats.Rows);
            }

            var builder = new CandleSeriesBuilder(exchange, symbol, timeframe, (int)capacity);
            var fixedMs = timeframe.IsFixed ? timeframe.DurationMs : 0;

            // Fixed timeframes read one column fewer: the close is open + duration, which Import enforces.
            using var rows = new RawStatement(_connection,
                "SELECT open_ms, open, high, low, close, volume, close_ms FROM candles WHERE series_id = ?1 AND open_ms >= ?2 AND open_ms < ?3 ORDER BY open_ms;");
            rows.Bind(1, stats.Id);
            rows.Bind(2, lo);
            rows.Bind(3, hi);
            while (rows.Step())
            {
                var open = rows.Int64(0);
                var close = fixedMs > 0 ? open + fixedMs : rows.Int64(6);
                if (!builder.TryAdd(open, close, rows.Double(1), rows.Double(2), rows.Double(3), rows.Double(4), rows.Double(5), out var error))
                {
                    throw new InvalidDataException($"store {Path}: {exchange} {symbol} {timeframe} holds an invalid bar ({error}); the file is damaged");
                }
            }

            return builder.Build();
        }
    }

    public Task<IReadOnlyList<CandleSeriesInfo>> ListSeriesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ListSeries());
    }

    /// <summary>Synchronous <see cref="ListSeriesAsync"/>; series without bars are left out.</summary>
    public IReadOnlyList<CandleSeriesInfo> ListSeries()
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT exchange, symbol, timeframe, rows, first_open_ms, last_open_ms FROM series WHERE rows > 0 ORDER BY exchange, symbol, timeframe;";
            using var reader = cmd.ExecuteReader();
            var list = new List<CandleSeriesInfo>();
            while (reader.Read())
            {
                list.Add(new CandleSeriesInfo(Exchange.Parse(reader.GetString(0)), Symbol.Parse(reader.GetString(1)), Timeframe.Parse(reader.GetString(2)),
                    reader.GetInt64(3), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
            }

            return list;
        }
    }

    public Task<DateTimeOffset?> LastOpenTimeAsync(Exchange exchange, Symbol symbol, Timeframe timeframe, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(LastOpenTime(exchange, symbol, timeframe));
    }

    /// <summary>Synchronous <see cref="LastOpenTimeAsync"/>.</summary>
    public DateTimeOffset? LastOpenTime(Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            if (FindSeries(exchange, symbol, timeframe) is not { } seriesId)
            {
                return null;
            }

            using var cmd = new RawStatement(_connection, "SELECT open_ms FROM candles WHERE series_id = ?1 ORDER BY open_ms DESC LIMIT 1;");
            cmd.Bind(1, seriesId);
            return cmd.Step() ? DateTimeOffset.FromUnixTimeMilliseconds(cmd.Int64(0)) : null;
        }
    }

    private (long Id, long Rows, long First, long Last)? FindSeriesStats(Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT id, rows, coalesce(first_open_ms, 0), coalesce(last_open_ms, 0) FROM series WHERE exchange = $e AND symbol = $s AND timeframe = $t;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        cmd.Parameters.AddWithValue("$t", timeframe.Code);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)) : null;
    }

    private static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Describe((long CloseMs, double O, double H, double L, double C, double V) b) =>
        string.Create(CultureInfo.InvariantCulture, $"close {Iso(b.CloseMs)} O {b.O:R} H {b.H:R} L {b.L:R} C {b.C:R} V {b.V:R}");
}
