using System.CommandLine;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Cli.Common;

/// <summary>
/// Turns the failures the outside world causes (read-only or full disks, locked or damaged stores, missing permissions) into
/// the one line a user can act on, naming the path. Anything else is a bug: still one line, with the stack trace on --verbose.
/// </summary>
internal static class CliErrors
{
    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "On an unexpected failure, print the full exception and stack trace",
        Recursive = true,
    };

    /// <summary>The one line for <paramref name="exception"/>.</summary>
    public static string Describe(Exception exception, ParseResult parse)
    {
        var ex = Unwrap(exception);
        return ex switch
        {
            SqliteException sqlite => $"database {DatabasePath(parse)}: {Reason(sqlite)}",
            // A cut-off or damaged input file (GzipFile.OpenVerified names the file and byte offset).
            InvalidDataException bad => bad.Message,
            UnauthorizedAccessException denied => $"{denied.Message} (no permission, or a read-only file system)",
            IOException io => IoLine(io),
            _ => $"unexpected {ex.GetType().Name}: {ex.Message} (a bug in cst; run again with --verbose for the stack trace)",
        };
    }

    private static Exception Unwrap(Exception ex)
    {
        while (ex is AggregateException { InnerExceptions.Count: 1 } or System.Reflection.TargetInvocationException && ex.InnerException is not null)
        {
            ex = ex.InnerException!;
        }

        return ex;
    }

    // The .NET messages name the path ("Read-only file system : '/x'", "No space left on device : '/x'"); the errors that do
    // not are the "not found" ones, which carry it separately.
    private static string IoLine(IOException io) => io switch
    {
        FileNotFoundException { FileName: { } file } when !io.Message.Contains(file, StringComparison.Ordinal) => $"{io.Message} ({file})",
        _ => io.Message,
    };

    private static string Reason(SqliteException ex)
    {
        // Extended result codes carry the primary code in the low byte.
        var reason = (ex.SqliteErrorCode & 0xFF) switch
        {
            5 or 6 => "the database is locked by another process (another cst command or the bot); try again when it has finished",
            8 => "the database is read-only (a read-only file or file system, or a folder where its journal cannot be written)",
            10 => "disk I/O error (is the disk full, removed or read-only?)",
            11 or 26 => "the file is damaged or is not a cst store",
            13 => "the disk is full",
            14 => "cannot open the database file (its folder is missing, read-only or not permitted)",
            _ => null,
        };
        // "SQLite Error 14: 'unable to open database file'." → "unable to open database file"
        var detail = ex.Message.Split('\'') is [_, var quoted, ..] ? quoted : ex.Message;
        return reason is null ? ex.Message : $"{reason} (SQLite error {ex.SqliteErrorCode}: {detail})";
    }

    private static string DatabasePath(ParseResult parse)
    {
        var option = parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--db");
        var value = option is null ? null : parse.GetResult(option)?.GetValueOrDefault<object>() as string ?? CommonOptions.DefaultDbPath;
        return value is null ? "(the store)" : Path.GetFullPath(value);
    }
}
