using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Sets;

public sealed class TechnicalFeatureSetDocsTests
{
    [Fact]
    public void Docs_define_every_ta_column_and_state_the_counts()
    {
        var docs = File.ReadAllText(Path.Combine(SharedDatasets.RepoRoot, "docs", "features.md"));
        var section = docs[docs.IndexOf("## Technical indicators", StringComparison.Ordinal)..docs.IndexOf("## Regimes", StringComparison.Ordinal)];
        var set = new TechnicalFeatureSet();
        Assert.All(set.Columns, c => Assert.Contains($"`{c}`", section));
        var indicators = IndicatorCatalog.CreateDefaults();
        Assert.Contains($"{indicators.Select(i => i.GetType()).Distinct().Count()} indicators, {set.Columns.Count} columns", section);
    }
}
