using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;

namespace CryptoSmartTrader.Data.Storage;

public sealed partial class SqliteMarketStore
{
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
            ThrowIfDisposed();
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
            ThrowIfDisposed();
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
