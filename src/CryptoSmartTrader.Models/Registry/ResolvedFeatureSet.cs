using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Models.Registry;

/// <summary>The feature sets selected by a name and the descriptor a model records for them (name, column-hash version, columns).</summary>
public sealed record ResolvedFeatureSet(IReadOnlyList<IFeatureSet> Sets, FeatureSetDescriptor Descriptor);
