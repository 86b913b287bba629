using System.Text.Json.Nodes;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Tests.Packages;

/// <summary>Strict package reading: one test per kind of bad input, each asserting the field and what was expected are named.</summary>
public sealed class StrategyPackageJsonTests
{
    internal static StrategyPackage Valid()
    {
        var p = new StrategyPackage { Name = "sma-test" };
        p.Universe.Symbols.AddRange(["BTC/USDT", "ETH/USDT"]);
        p.Execution.StopLossPercent = 2;
        p.Venue.Slippage = "sqrt:0.5";
        p.Venue.LatencyMs = 250;
        p.Risk.Recovery = LadderRecovery.Cooldown;
        p.Risk.RecoveryCooldown = TimeSpan.FromDays(7);
        return p;
    }

    // The valid package as JSON, changed by edit (so each test differs from a valid file in one place only).
    private static string With(Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(StrategyPackageJson.Serialize(Valid()))!.AsObject();
        edit(node);
        return node.ToJsonString();
    }

    private static string Error(string json)
    {
        var r = StrategyPackageJson.Parse(json, "pkg.json");
        Assert.False(r.Ok);
        Assert.Null(r.Value);
        return r.Error;
    }

    [Fact]
    public void A_package_round_trips_through_json_unchanged()
    {
        var text = StrategyPackageJson.Serialize(Valid());
        var r = StrategyPackageJson.Parse(text);
        Assert.True(r.Ok, r.Error);
        Assert.Equal(text, StrategyPackageJson.Serialize(r.Value!));
        Assert.Equal(250, r.Value!.Venue.LatencyMs);
        Assert.Equal(LadderRecovery.Cooldown, r.Value.Risk.Recovery);
        Assert.Contains("\"recovery\": \"cooldown\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused() => Assert.Contains("pkg.json: not valid JSON", Error("{ universe: "), StringComparison.Ordinal);

    [Fact]
    public void A_document_that_is_not_an_object_is_refused() => Assert.Contains("expected a JSON object", Error("[1, 2]"), StringComparison.Ordinal);

    [Fact]
    public void An_unknown_root_key_names_the_nearest_valid_one()
    {
        var e = Error(With(o => o["univers"] = new JsonObject()));
        Assert.Contains("univers: unknown key; did you mean 'universe'?", e, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_nested_key_names_its_path_and_the_nearest_valid_one()
    {
        var e = Error(With(o => o["execution"]!["stopLosPercent"] = 2));
        Assert.Contains("execution.stopLosPercent: unknown key; did you mean 'stopLossPercent'?", e, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_type_expected()
    {
        var e = Error(With(o => o["risk"]!["minConfidence"] = "high"));
        Assert.Contains("risk.minConfidence: expected a number, got \"high\"", e, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_valid_ones()
    {
        var e = Error(With(o => o["execution"]!["style"] = "vwap"));
        Assert.Contains("execution.style: expected one of market, limit, postOnly, twap, iceberg", e, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_duration_names_the_format_expected()
    {
        var e = Error(With(o => o["risk"]!["recoveryCooldown"] = "a month"));
        Assert.Contains("risk.recoveryCooldown: expected a duration string", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_schema_version_is_refused_before_anything_else()
    {
        var e = Error(With(o => { o["schemaVersion"] = 2; o["newThing"] = 1; }));
        Assert.Equal("pkg.json: schemaVersion: expected 1 (the package format this code reads), got 2", e);
    }

    [Fact]
    public void An_out_of_range_option_names_the_field_and_the_range()
    {
        var e = Error(With(o => o["risk"]!["minConfidence"] = 2));
        Assert.Contains("risk.minConfidence: MinConfidence must be in [0, 1], got 2", e, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_symbol_names_its_index()
    {
        var e = Error(With(o => o["universe"]!["symbols"] = new JsonArray("BTC/USDT", "ETHUSDT")));
        Assert.Contains("universe.symbols[1]:", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbols_with_different_quote_currencies_are_refused()
    {
        var e = Error(With(o => o["universe"]!["symbols"] = new JsonArray("BTC/USDT", "ETH/BTC")));
        Assert.Contains("universe.symbols: expected pairs sharing one quote currency", e, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_alpha_kind_names_the_kinds()
    {
        var e = Error(With(o => o["alpha"]!["kind"] = "rsi"));
        Assert.Contains("alpha.kind: expected sma-cross, models, xs-factor or xs-model, got 'rsi'", e, StringComparison.Ordinal);
    }

    [Fact]
    public void A_models_alpha_without_models_is_refused()
    {
        var e = Error(With(o => o["alpha"]!["kind"] = "models"));
        Assert.Contains("alpha.models: expected at least one registry model", e, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_slippage_model_names_the_forms()
    {
        var e = Error(With(o => o["venue"]!["slippage"] = "linear:3"));
        Assert.Contains("venue.slippage: expected fixed:BPS, sqrt[:COEF] or book, got 'linear:3'", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Sma_windows_in_the_wrong_order_are_refused()
    {
        var e = Error(With(o => { o["alpha"]!["sma"]!["fast"] = 50; o["alpha"]!["sma"]!["slow"] = 20; }));
        Assert.Contains("alpha.sma.slow:", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Hysteresis_wider_than_the_first_threshold_is_refused()
    {
        var e = Error(With(o => o["risk"]!["ladderHysteresis"] = 0.06));
        Assert.Contains("risk.ladderHysteresis:", e, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var r = StrategyPackageJson.Load(Path.Combine(Path.GetTempPath(), "no-such-package-" + Guid.NewGuid().ToString("N") + ".json"));
        Assert.False(r.Ok);
        Assert.Contains("not found (expected a strategy package JSON file", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var r = StrategyPackageJson.Parse(With(o => { o["venue"]!["latencyMs"] = -1; o["account"]!["initialCash"] = 0; }));
        Assert.Equal(2, r.Errors.Count);
    }
}
