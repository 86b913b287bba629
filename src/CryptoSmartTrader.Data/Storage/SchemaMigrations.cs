namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// The store's schema as an ordered list of steps. Applied steps are recorded in <c>schema_version</c>, so opening a store
/// applies only the steps it lacks. Steps are append-only: never edit a released step, add a new one.
/// </summary>
internal static class SchemaMigrations
{
    internal sealed record Step(int Version, string Description, string Sql);

    public static IReadOnlyList<Step> All { get; } =
    [
        new(1, "candle series and candles",
            """
            CREATE TABLE series (
                id INTEGER PRIMARY KEY,
                exchange TEXT NOT NULL,
                symbol TEXT NOT NULL,
                timeframe TEXT NOT NULL,
                UNIQUE (exchange, symbol, timeframe));
            -- Clustered on the key: a range load is one ordered b-tree walk and every column comes from the same page.
            CREATE TABLE candles (
                series_id INTEGER NOT NULL,
                open_ms INTEGER NOT NULL,
                close_ms INTEGER NOT NULL,
                open REAL NOT NULL,
                high REAL NOT NULL,
                low REAL NOT NULL,
                close REAL NOT NULL,
                volume REAL NOT NULL,
                PRIMARY KEY (series_id, open_ms)) WITHOUT ROWID;
            """),
        new(2, "markets and trades",
            """
            CREATE TABLE markets (
                id INTEGER PRIMARY KEY,
                exchange TEXT NOT NULL,
                symbol TEXT NOT NULL,
                UNIQUE (exchange, symbol));
            CREATE TABLE trades (
                id INTEGER PRIMARY KEY,
                market_id INTEGER NOT NULL,
                time_ticks INTEGER NOT NULL,
                trade_key TEXT NOT NULL,
                trade_id TEXT,
                price TEXT NOT NULL,
                size TEXT NOT NULL,
                side INTEGER NOT NULL,
                UNIQUE (market_id, trade_key));
            CREATE INDEX trades_by_time ON trades (market_id, time_ticks, id);
            """),
        new(3, "order book snapshots",
            """
            CREATE TABLE orderbook_snapshots (
                market_id INTEGER NOT NULL,
                time_ticks INTEGER NOT NULL,
                sequence INTEGER,
                bids TEXT NOT NULL,
                asks TEXT NOT NULL,
                PRIMARY KEY (market_id, time_ticks)) WITHOUT ROWID;
            """),
        new(4, "per-series row count and open-time bounds",
            """
            -- Maintained by every candle write in the same transaction: listing is instant and loads size their columns once.
            ALTER TABLE series ADD COLUMN rows INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE series ADD COLUMN first_open_ms INTEGER;
            ALTER TABLE series ADD COLUMN last_open_ms INTEGER;
            UPDATE series SET
                rows = (SELECT count(*) FROM candles WHERE series_id = series.id),
                first_open_ms = (SELECT min(open_ms) FROM candles WHERE series_id = series.id),
                last_open_ms = (SELECT max(open_ms) FROM candles WHERE series_id = series.id);
            """),
        new(5, "derivatives series: funding, open interest, mark/index/premium bars",
            """
            -- One row per value, keyed by the time it became known (funding time, open-interest period end, bar close).
            -- Values are exact decimal text; v1..v4 are rate/mark, amount/value or open/high/low/close by kind.
            CREATE TABLE derivatives_series (
                id INTEGER PRIMARY KEY,
                exchange TEXT NOT NULL,
                symbol TEXT NOT NULL,
                kind TEXT NOT NULL,
                interval TEXT NOT NULL,
                UNIQUE (exchange, symbol, kind, interval));
            CREATE TABLE derivatives_points (
                series_id INTEGER NOT NULL,
                known_ms INTEGER NOT NULL,
                start_ms INTEGER,
                v1 TEXT NOT NULL,
                v2 TEXT,
                v3 TEXT,
                v4 TEXT,
                PRIMARY KEY (series_id, known_ms)) WITHOUT ROWID;
            """),
    ];
}
