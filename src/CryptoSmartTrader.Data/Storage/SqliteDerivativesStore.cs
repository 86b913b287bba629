using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// The derivatives tables of the market store (funding, open interest, mark/index/premium bars): the store's connection and
/// lock, its own rules (values keyed by the time they became known).
/// </summary>
internal sealed class SqliteDerivativesStore(SqliteConnection connection, Lock gate, Action throwIfDisposed) : IDerivativesStore
{
    private readonly SqliteConnection _connection = connection;
    private readonly Lock _gate = gate;

    // One stored value: its known-at stamp, the bar open where it has one, and up to four exact decimals.
    private readonly record struct DerivativesPoint(long KnownMs, long? StartMs, decimal V1, decimal? V2, decimal? V3, decimal? V4);

    public CandleWriteResult SaveFunding(DerivativesSeriesKey key, IReadOnlyList<FundingRate> rates)
    {
        Require(key, DerivativesKind.Funding);
        ArgumentNullException.ThrowIfNull(rates);
        return WritePoints(key, [.. rates.Select(r => new DerivativesPoint(r.FundingTime.ToUnixTimeMilliseconds(), null, r.Rate, r.MarkPrice, null, null))]);
    }

    public CandleWriteResult SaveOpenInterest(DerivativesSeriesKey key, IReadOnlyList<OpenInterest> values)
    {
        Require(key, DerivativesKind.OpenInterest);
        ArgumentNullException.ThrowIfNull(values);
        return WritePoints(key, [.. values.Select(o => new DerivativesPoint(o.Time.ToUnixTimeMilliseconds(), null, o.Amount, o.Value, null, null))]);
    }

    public CandleWriteResult SavePriceBars(DerivativesSeriesKey key, IReadOnlyList<DerivativesBar> bars)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Kind is not (DerivativesKind.MarkBars or DerivativesKind.IndexBars or DerivativesKind.PremiumBars))
        {
            throw new ArgumentException($"key: expected a mark, index or premium bar series, got {key}", nameof(key));
        }

        Require(key, key.Kind);
        ArgumentNullException.ThrowIfNull(bars);
        var tf = key.Interval!.Value;
        for (var i = 0; i < bars.Count; i++)
        {
            if (bars[i].CloseTime != tf.CloseOf(bars[i].OpenTime))
            {
                return CandleWriteResult.Conflict(i, $"{key} bar at {SqliteKeys.Iso(bars[i].OpenTime.ToUnixTimeMilliseconds())} closes at " +
                                                     $"{SqliteKeys.Iso(bars[i].CloseTime.ToUnixTimeMilliseconds())}; a {tf} bar must close at {SqliteKeys.Iso(tf.CloseOfMs(bars[i].OpenTime.ToUnixTimeMilliseconds()))}");
            }
        }

        return WritePoints(key, [.. bars.Select(b => new DerivativesPoint(b.CloseTime.ToUnixTimeMilliseconds(), b.OpenTime.ToUnixTimeMilliseconds(), b.Open, b.High, b.Low, b.Close))]);
    }

    private CandleWriteResult WritePoints(DerivativesSeriesKey key, IReadOnlyList<DerivativesPoint> points)
    {
        if (points.Count == 0)
        {
            return CandleWriteResult.Ok(0, 0);
        }

        lock (_gate)
        {
            throwIfDisposed();
            using var tx = _connection.BeginTransaction(deferred: false);
            var seriesId = GetOrCreateDerivativesSeries(tx, key);
            using var insert = _connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO derivatives_points (series_id, known_ms, start_ms, v1, v2, v3, v4) VALUES ($s, $k, $o, $v1, $v2, $v3, $v4) " +
                                 "ON CONFLICT (series_id, known_ms) DO NOTHING;";
            using var select = _connection.CreateCommand();
            select.Transaction = tx;
            select.CommandText = "SELECT start_ms, v1, v2, v3, v4 FROM derivatives_points WHERE series_id = $s AND known_ms = $k;";
            int inserted = 0, unchanged = 0;
            var seen = new Dictionary<long, DerivativesPoint>();
            for (var i = 0; i < points.Count; i++)
            {
                var p = points[i];
                // Two different values for one time inside the batch are a conflict too, not "first one wins".
                if (seen.TryGetValue(p.KnownMs, out var earlier) && earlier != p)
                {
                    return CandleWriteResult.Conflict(i, $"{key} has two different values for {SqliteKeys.Iso(p.KnownMs)} in one batch ({Describe(earlier)} and {Describe(p)})");
                }

                seen[p.KnownMs] = p;
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$s", seriesId);
                insert.Parameters.AddWithValue("$k", p.KnownMs);
                insert.Parameters.AddWithValue("$o", (object?)p.StartMs ?? DBNull.Value);
                insert.Parameters.AddWithValue("$v1", Text(p.V1));
                insert.Parameters.AddWithValue("$v2", (object?)Text(p.V2) ?? DBNull.Value);
                insert.Parameters.AddWithValue("$v3", (object?)Text(p.V3) ?? DBNull.Value);
                insert.Parameters.AddWithValue("$v4", (object?)Text(p.V4) ?? DBNull.Value);
                if (insert.ExecuteNonQuery() == 1)
                {
                    inserted++;
                    continue;
                }

                select.Parameters.Clear();
                select.Parameters.AddWithValue("$s", seriesId);
                select.Parameters.AddWithValue("$k", p.KnownMs);
                using var reader = select.ExecuteReader();
                reader.Read();
                var stored = ReadPoint(reader, p.KnownMs, 0);
                // Decimal equality ignores trailing zeros: "0.00010000" and "0.0001" are the same rate.
                if (stored != p)
                {
                    return CandleWriteResult.Conflict(i, $"{key} value at {SqliteKeys.Iso(p.KnownMs)} is already stored with different values " +
                                                         $"(stored {Describe(stored)}, new {Describe(p)}); stored values are never overwritten");
                }

                unchanged++;
            }

            tx.Commit();
            return CandleWriteResult.Ok(inserted, unchanged);
        }
    }

    private long GetOrCreateDerivativesSeries(SqliteTransaction tx, DerivativesSeriesKey key)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT INTO derivatives_series (exchange, symbol, kind, interval) VALUES ($e, $s, $k, $i) ON CONFLICT DO NOTHING; " +
                          "SELECT id FROM derivatives_series WHERE exchange = $e AND symbol = $s AND kind = $k AND interval = $i;";
        AddKey(cmd, key);
        return (long)cmd.ExecuteScalar()!;
    }

    private static void AddKey(SqliteCommand cmd, DerivativesSeriesKey key)
    {
        cmd.Parameters.AddWithValue("$e", key.Exchange.Id);
        cmd.Parameters.AddWithValue("$s", key.Symbol.ToString());
        cmd.Parameters.AddWithValue("$k", key.KindCode);
        cmd.Parameters.AddWithValue("$i", key.IntervalCode);
    }

    private static DerivativesPoint ReadPoint(SqliteDataReader r, long knownMs, int first) => new(knownMs,
        r.IsDBNull(first) ? null : r.GetInt64(first),
        decimal.Parse(r.GetString(first + 1), CultureInfo.InvariantCulture),
        r.IsDBNull(first + 2) ? null : decimal.Parse(r.GetString(first + 2), CultureInfo.InvariantCulture),
        r.IsDBNull(first + 3) ? null : decimal.Parse(r.GetString(first + 3), CultureInfo.InvariantCulture),
        r.IsDBNull(first + 4) ? null : decimal.Parse(r.GetString(first + 4), CultureInfo.InvariantCulture));

    private static void Require(DerivativesSeriesKey key, DerivativesKind kind)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Kind != kind)
        {
            throw new ArgumentException($"key: expected a {kind} series, got {key}", nameof(key));
        }

        if ((kind == DerivativesKind.Funding) != (key.Interval is null) || key.Interval is { IsFixed: false })
        {
            throw new ArgumentException($"key: funding series have no interval and the others a fixed one, got {key}", nameof(key));
        }
    }

    private static string? Text(decimal? v) => v?.ToString(CultureInfo.InvariantCulture);

    private static string Describe(DerivativesPoint p) =>
        string.Join(' ', new[] { p.V1, p.V2, p.V3, p.V4 }.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "-"));

    public IReadOnlyList<FundingRate> LoadFunding(DerivativesSeriesKey key, DateTimeOffset from, DateTimeOffset to)
    {
        Require(key, DerivativesKind.Funding);
        return [.. ReadPoints(key, from, to).Select(p => new FundingRate(DateTimeOffset.FromUnixTimeMilliseconds(p.KnownMs), p.V1, p.V2))];
    }

    public IReadOnlyList<OpenInterest> LoadOpenInterest(DerivativesSeriesKey key, DateTimeOffset from, DateTimeOffset to)
    {
        Require(key, DerivativesKind.OpenInterest);
        return [.. ReadPoints(key, from, to).Select(p => new OpenInterest(DateTimeOffset.FromUnixTimeMilliseconds(p.KnownMs), p.V1, p.V2))];
    }

    public IReadOnlyList<DerivativesBar> LoadPriceBars(DerivativesSeriesKey key, DateTimeOffset from, DateTimeOffset to)
    {
        Require(key, key.Kind);
        return [.. ReadPoints(key, from, to).Select(p => new DerivativesBar(DateTimeOffset.FromUnixTimeMilliseconds(p.StartMs!.Value),
            DateTimeOffset.FromUnixTimeMilliseconds(p.KnownMs), p.V1, p.V2!.Value, p.V3!.Value, p.V4!.Value))];
    }

    public DerivativesSeriesInfo Describe(DerivativesSeriesKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ListDerivativesSeries().FirstOrDefault(s => s.Key == key) ?? new DerivativesSeriesInfo(key, 0, null, null);
    }

    public IReadOnlyList<DerivativesSeriesInfo> ListDerivativesSeries()
    {
        lock (_gate)
        {
            throwIfDisposed();
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT s.exchange, s.symbol, s.kind, s.interval, count(p.known_ms), min(p.known_ms), max(p.known_ms) " +
                              "FROM derivatives_series s LEFT JOIN derivatives_points p ON p.series_id = s.id GROUP BY s.id ORDER BY s.exchange, s.symbol, s.kind, s.interval;";
            using var r = cmd.ExecuteReader();
            var list = new List<DerivativesSeriesInfo>();
            while (r.Read())
            {
                var kind = r.GetString(2) switch
                {
                    "funding" => DerivativesKind.Funding,
                    "open-interest" => DerivativesKind.OpenInterest,
                    "mark" => DerivativesKind.MarkBars,
                    "index" => DerivativesKind.IndexBars,
                    _ => DerivativesKind.PremiumBars,
                };
                Timeframe? interval = Timeframe.TryParse(r.GetString(3), out var tf) ? tf : null;
                var key = new DerivativesSeriesKey(Exchange.Parse(r.GetString(0)), Symbol.Parse(r.GetString(1)), kind, interval);
                list.Add(new DerivativesSeriesInfo(key, r.GetInt64(4),
                    r.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)),
                    r.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6))));
            }

            return list;
        }
    }

    private List<DerivativesPoint> ReadPoints(DerivativesSeriesKey key, DateTimeOffset from, DateTimeOffset to)
    {
        lock (_gate)
        {
            throwIfDisposed();
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT p.known_ms, p.start_ms, p.v1, p.v2, p.v3, p.v4 FROM derivatives_points p JOIN derivatives_series s ON s.id = p.series_id " +
                              "WHERE s.exchange = $e AND s.symbol = $s AND s.kind = $k AND s.interval = $i AND p.known_ms >= $a AND p.known_ms < $b ORDER BY p.known_ms;";
            AddKey(cmd, key);
            cmd.Parameters.AddWithValue("$a", from.ToUnixTimeMilliseconds());
            cmd.Parameters.AddWithValue("$b", to.ToUnixTimeMilliseconds());
            using var r = cmd.ExecuteReader();
            var list = new List<DerivativesPoint>();
            while (r.Read())
            {
                list.Add(ReadPoint(r, r.GetInt64(0), 1));
            }

            return list;
        }
    }
}
