using System.Text.Json.Nodes;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>
/// Sweeps a <see cref="StrategyPackage"/>: a parameter name is the package's JSON path (<c>alpha.sma.fast</c>,
/// <c>risk.maxPositionFraction</c>, <c>execution.stopLossPercent</c>, <c>venue.takerFee</c> …), so any package field can
/// be swept. Each cell's package is the base package with the cell's values written at those paths and read back through
/// the strict <see cref="StrategyPackageJson.Parse"/>: a misspelt path is refused up front (<see cref="Check"/>), and a
/// value the package does not accept (fast ≥ slow) makes that cell an invalid cell, not a failed sweep.
/// </summary>
public static class PackageSweep
{
    /// <summary>Short names for the most swept fields.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fast"] = "alpha.sma.fast",
        ["slow"] = "alpha.sma.slow",
        ["stop-loss"] = "execution.stopLossPercent",
        ["taker-fee"] = "venue.takerFee",
        ["maker-fee"] = "venue.makerFee",
        ["latency-ms"] = "venue.latencyMs",
        ["max-position"] = "risk.maxPositionFraction",
        ["vol-shock"] = "risk.volatilityShockSigmas",
    };

    public static string PathOf(string name) => Aliases.TryGetValue(name, out var p) ? p : name;

    /// <summary>The package of <paramref name="cell"/>, or every problem (naming the field) when the package refuses its values.</summary>
    public static PackageResult<StrategyPackage> PackageFor(StrategyPackage package, SweepCell cell) => Apply(StrategyPackageJson.Serialize(package), cell);

    /// <summary>Blueprint builder for <see cref="SweepRunner.Run"/>; a cell the package refuses throws <see cref="ArgumentException"/> (an invalid cell).</summary>
    public static Func<SweepCell, KernelBlueprint> Builder(StrategyPackage package, Func<KernelBlueprint, KernelBlueprint>? customise = null)
    {
        var json = StrategyPackageJson.Serialize(package);
        return cell =>
        {
            var built = Apply(json, cell);
            if (!built.Ok) throw new ArgumentException(string.Join("; ", built.Errors));
            var blueprint = KernelBlueprint.FromPackage(built.Value!);
            return customise is null ? blueprint : customise(blueprint);
        };
    }

    /// <summary>
    /// Problems with the swept names themselves (a path the package does not have), found by writing
    /// <paramref name="sample"/>; empty when the names are fine. Values the package refuses are per-cell results instead.
    /// </summary>
    public static IReadOnlyList<string> Check(StrategyPackage package, SweepCell sample)
    {
        var r = Apply(StrategyPackageJson.Serialize(package), sample);
        return r.Errors.Where(e => e.Contains("unknown key", StringComparison.Ordinal) || e.Contains("is not an object", StringComparison.Ordinal)).ToArray();
    }

    private static PackageResult<StrategyPackage> Apply(string json, SweepCell cell)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        for (var i = 0; i < cell.Names.Count; i++)
        {
            var path = PathOf(cell.Names[i]);
            var keys = path.Split('.');
            var node = root;
            for (var k = 0; k < keys.Length - 1; k++)
            {
                if (node[keys[k]] is not JsonObject child)
                {
                    return PackageResult<StrategyPackage>.Fail($"sweep parameter {cell.Names[i]}: '{string.Join('.', keys[..(k + 1)])}' is not an object in the package (path {path})");
                }

                node = child;
            }

            var v = cell.Values[i];
            var last = keys[^1];
            node[last] = node[last] is JsonValue old && old.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
                ? JsonValue.Create(v != 0)
                : v == Math.Floor(v) && Math.Abs(v) < 1e15 ? JsonValue.Create((long)v) : JsonValue.Create(v);
        }

        return StrategyPackageJson.Parse(root.ToJsonString(), $"sweep cell {cell.Index} ({cell.Label})");
    }
}
