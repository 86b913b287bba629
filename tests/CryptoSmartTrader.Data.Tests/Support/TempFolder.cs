using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Data.Tests.Support;

/// <summary>A temporary folder for a test's store and input files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cst-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DbPath => System.IO.Path.Combine(Path, "store", "cst.db");

    public SqliteMarketStore OpenStore(TimeProvider? time = null) => new(new CandleStoreOptions { DatabasePath = DbPath }, time);

    /// <summary>Writes a file under a dataset-style folder, e.g. <c>Write("binance_spot_1h/BTC_USDT-1h.csv", …)</c>.</summary>
    public string Write(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string WriteBytes(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A store still open elsewhere in the test run; the OS temp folder is cleaned eventually.
        }
    }
}
