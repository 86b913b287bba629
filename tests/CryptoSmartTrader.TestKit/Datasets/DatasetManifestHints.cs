using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.TestKit.Datasets;

/// <summary>What the manifest says about getting a missing dataset; falls back to the fetch command when the manifest is unreadable.</summary>
internal static class DatasetManifestHints
{
    public static string For(string manifestPath, string relativePath)
    {
        if (!File.Exists(manifestPath))
        {
            return $"run {DatasetLocator.FetchCommand} or set {DatasetLocator.EnvironmentVariable} ({manifestPath} is missing)";
        }

        try
        {
            return DatasetManifest.Load(manifestPath).HowToGet(relativePath);
        }
        catch (InvalidDataException ex)
        {
            return $"run {DatasetLocator.FetchCommand} or set {DatasetLocator.EnvironmentVariable} ({ex.Message})";
        }
    }
}
