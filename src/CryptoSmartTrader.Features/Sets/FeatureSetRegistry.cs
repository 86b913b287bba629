using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Features.Regimes;

namespace CryptoSmartTrader.Features.Sets;

/// <summary>
/// Feature sets by name. <see cref="CreateDefault"/> holds <c>ta</c> plus every other public, sealed <see cref="IFeatureSet"/>
/// with a public parameterless constructor in this assembly, so sets added by other feature families appear without
/// editing the CLI. <c>all</c> is the concatenation of every set in registration order, except sets added with
/// <c>inAll: false</c> (<c>xsection</c>): those resolve by name only, so adding one does not change the columns of <c>all</c>,
/// which models trained on <c>all</c> are fed by name.
/// </summary>
public sealed class FeatureSetRegistry
{
    public const string All = "all";

    private readonly List<IFeatureSet> _sets = [];
    private readonly List<IFeatureSet> _inAll = [];

    /// <summary>Every registered set, by name or not in <c>all</c>.</summary>
    public IReadOnlyList<IFeatureSet> Sets => _sets;

    /// <summary>The sets <c>all</c> resolves to.</summary>
    public IReadOnlyList<IFeatureSet> AllSets => _inAll;

    public IEnumerable<string> Names => _sets.Select(s => s.Name);

    /// <param name="inAll">False: the set resolves by its name only and is left out of <c>all</c>.</param>
    public FeatureSetRegistry Add(IFeatureSet set, bool inAll = true)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (_sets.Any(s => string.Equals(s.Name, set.Name, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"feature set registry: a set named '{set.Name}' is already registered", nameof(set));
        }

        _sets.Add(set);
        if (inAll) _inAll.Add(set);
        return this;
    }

    public static FeatureSetRegistry CreateDefault()
    {
        var registry = new FeatureSetRegistry().Add(new TechnicalFeatureSet());
        var discovered = typeof(IFeatureSet).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsSealed && !t.IsAbstract && typeof(IFeatureSet).IsAssignableFrom(t)
                && t != typeof(TechnicalFeatureSet) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in discovered)
        {
            registry.Add((IFeatureSet)Activator.CreateInstance(type)!);
        }

        return registry;
    }

    /// <summary>
    /// <see cref="CreateDefault()"/> for a cross-section: the <c>regime</c> set is built with <paramref name="universe"/> (so
    /// market breadth feeds its crash rule) and the <c>cross</c> set (<see cref="CrossCoinFeatureSet"/>, which needs a
    /// universe holding the benchmark BTC) is appended, then the <c>xsection</c> set (<see cref="CrossSectionalFeatureSet"/>,
    /// ranks among the universe, also needing BTC) by name only: <c>all</c> stays <c>ta</c> … <c>cross</c>, as models
    /// trained on it expect. Universe series are cut at each computed series' last close.
    /// </summary>
    public static FeatureSetRegistry CreateDefault(IReadOnlyList<CandleSeries> universe, CrossCoinOptions? crossOptions = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var registry = new FeatureSetRegistry();
        foreach (var set in CreateDefault().Sets)
        {
            registry.Add(set is RegimeFeatureSet ? new RegimeFeatureSet(universe) : set);
        }

        return registry.Add(new CrossCoinFeatureSet(universe, crossOptions)).Add(new CrossSectionalFeatureSet(universe), inAll: false);
    }

    /// <summary>The sets selected by <paramref name="name"/> (<c>all</c> gives every set); false with a message naming the choices.</summary>
    public bool TryResolve(string name, out IReadOnlyList<IFeatureSet> sets, out string error)
    {
        var key = (name ?? string.Empty).Trim().ToLowerInvariant();
        if (key == All)
        {
            sets = _inAll;
            error = string.Empty;
            return true;
        }

        var match = _sets.FirstOrDefault(s => s.Name == key);
        sets = match is null ? [] : [match];
        error = match is null ? $"feature set: expected one of {string.Join(", ", Names.Append(All))}, got '{name}'" : string.Empty;
        return match is not null;
    }

    /// <summary>Computes <paramref name="sets"/> side by side; column names must be unique.</summary>
    public static (IReadOnlyList<string> Columns, double[][] Values) Compute(IReadOnlyList<IFeatureSet> sets, CandleSeries series)
    {
        var names = new List<string>();
        var values = new List<double[]>();
        foreach (var set in sets)
        {
            var columns = set.Compute(series);
            if (columns.Length != set.Columns.Count)
            {
                throw new InvalidOperationException($"feature set '{set.Name}' returned {columns.Length} columns but declares {set.Columns.Count}");
            }

            names.AddRange(set.Columns);
            values.AddRange(columns);
        }

        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"feature sets: column '{duplicate.Key}' appears more than once");
        }

        return (names, [.. values]);
    }
}
