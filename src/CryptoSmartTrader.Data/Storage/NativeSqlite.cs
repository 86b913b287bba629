using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// Direct entry points into the same bundled <c>e_sqlite3</c> library that SQLitePCLRaw loads, for the per-column calls of the
/// candle hot paths. These functions only read or write a prepared statement's memory, never block and never call back, so
/// the GC transition can be skipped; a plain P/Invoke through the provider layer costs more than the SQLite work itself.
/// </summary>
internal static class NativeSqlite
{
    private const string Library = "e_sqlite3";

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern long sqlite3_column_int64(IntPtr stmt, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern double sqlite3_column_double(IntPtr stmt, int column);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern int sqlite3_bind_int64(IntPtr stmt, int index, long value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern int sqlite3_bind_double(IntPtr stmt, int index, double value);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl), SuppressGCTransition]
    public static extern int sqlite3_changes(IntPtr db);

    // step does I/O and may wait on locks: keep the normal GC transition.
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_step(IntPtr stmt);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern int sqlite3_reset(IntPtr stmt);
}
