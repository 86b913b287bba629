using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Models.Tests.Registry;

public sealed class FeatureSetCatalogTests
{
    [Fact]
    public void A_name_resolves_to_its_sets_and_a_descriptor_named_in_lower_case_over_their_columns()
    {
        var resolved = FeatureSetCatalog.Resolve(" TA ");
        Assert.True(resolved.Ok, resolved.Error);
        var ta = new TechnicalFeatureSet();
        Assert.Equal("ta", Assert.Single(resolved.Value!.Sets).Name);
        Assert.Equal("ta", resolved.Value.Descriptor.Name);
        Assert.Equal(ta.Columns, resolved.Value.Descriptor.Columns);
        Assert.Equal(FeatureSetDescriptor.FromColumns("ta", ta.Columns).Version, resolved.Value.Descriptor.Version);
    }

    [Fact]
    public void All_resolves_to_every_registered_set()
    {
        var all = FeatureSetCatalog.Resolve("all");
        Assert.True(all.Ok, all.Error);
        Assert.Equal(FeatureSetRegistry.CreateDefault().Names, all.Value!.Sets.Select(s => s.Name));
    }

    [Fact]
    public void An_unknown_name_is_a_failure_naming_the_choices()
    {
        var unknown = FeatureSetCatalog.Resolve("nope");
        Assert.False(unknown.Ok);
        Assert.Contains("expected one of ta", unknown.Error);
        Assert.Contains("got 'nope'", unknown.Error);
    }
}
