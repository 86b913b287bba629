using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>The store's key rows (a candle series, a market) and how it writes times in messages; shared by its tables' stores.</summary>
internal static class SqliteKeys
{
    public static long? FindSeries(SqliteConnection connection, Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM series WHERE exchange = $e AND symbol = $s AND timeframe = $t;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        cmd.Parameters.AddWithValue("$t", timeframe.Code);
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    public static long GetOrCreateSeries(SqliteConnection connection, Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        if (FindSeries(connection, exchange, symbol, timeframe) is { } id)
        {
            return id;
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO series (exchange, symbol, timeframe) VALUES ($e, $s, $t) RETURNING id;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        cmd.Parameters.AddWithValue("$t", timeframe.Code);
        return (long)cmd.ExecuteScalar()!;
    }

    public static long? FindMarket(SqliteConnection connection, Exchange exchange, Symbol symbol)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM markets WHERE exchange = $e AND symbol = $s;";
        cmd.Parameters.AddWithValue("$e", exchange.Id);
        cmd.Parameters.AddWithValue("$s", symbol.ToString());
        return cmd.ExecuteScalar() is long id ? id : null;
    }

    public static string Iso(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
