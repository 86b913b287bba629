using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Torch.Networks;
using CryptoSmartTrader.Models.Torch.Predictors;

namespace CryptoSmartTrader.Models.Torch.Tests.Predictors;

/// <summary>The deep kinds in the model-kind registry: registered by the hook, settings read back from what they record.</summary>
public sealed class TorchModelKindsTests
{
    [Fact]
    public void The_registration_hook_adds_the_deep_kinds()
    {
        TorchPredictors.RegisterLoaders();
        foreach (var name in new[] { "lstm", "transformer", "nbeats" }) Assert.NotNull(ModelKinds.Find(name, out _));
    }

    [Fact]
    public void Recorded_settings_give_back_the_options_they_were_recorded_from()
    {
        var options = new TorchPredictorOptions
        {
            Kind = TorchModelKind.NBeats, Window = 8, Hidden = 12, Heads = 2, Epochs = 3, Stacks = [NBeatsStack.Trend, NBeatsStack.Seasonality], Quantiles = [0.2, 0.5, 0.8], Seed = 9,
        };
        var kind = new TorchModelKinds(TorchModelKind.NBeats);
        var request = new ModelKindRequest { Settings = options.Describe() };
        var read = kind.Options(request, out var error);
        Assert.Null(error);
        Assert.Equal(options.Describe(), read!.Describe());
        Assert.Equal(8, kind.SequenceLength(request));
    }

    [Fact]
    public void A_setting_that_does_not_parse_is_named()
    {
        var kind = new TorchModelKinds(TorchModelKind.Lstm);
        var result = kind.Create(new ModelKindRequest { Settings = new Dictionary<string, string> { ["window"] = "wide" } });
        Assert.False(result.Ok);
        Assert.Equal("setting window = 'wide' is not an integer", result.Error);
    }
}
