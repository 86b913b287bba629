using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

public sealed partial class SqliteMarketStore
{
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
            if (SqliteKeys.FindSeries(_connection, exchange, symbol, timeframe) is not { } seriesId)
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
}
