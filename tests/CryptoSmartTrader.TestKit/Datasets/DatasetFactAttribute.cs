using Xunit;

namespace CryptoSmartTrader.TestKit.Datasets;

/// <summary>
/// A <see cref="FactAttribute"/> for tests that read datasets a clone cannot re-download (the manifest's "missing"
/// decision: Kraken OHLCVT exports, CryptoLin headlines, the stitched/indexed BTC/USD files). When a listed dataset is
/// absent, the test is skipped with the file and where to get it, instead of failing every clone's <c>./test.sh</c>;
/// where the data is present (e.g. <c>../shared/datasets</c>) it runs as a normal fact.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatasetFactAttribute : FactAttribute
{
    public DatasetFactAttribute(params string[] datasets) => Skip = SharedDatasets.SkipReason(datasets);
}

/// <summary>The <see cref="TheoryAttribute"/> counterpart of <see cref="DatasetFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatasetTheoryAttribute : TheoryAttribute
{
    public DatasetTheoryAttribute(params string[] datasets) => Skip = SharedDatasets.SkipReason(datasets);
}
