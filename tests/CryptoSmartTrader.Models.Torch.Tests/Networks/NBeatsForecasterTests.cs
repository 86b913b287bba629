using CryptoSmartTrader.Models.Torch.Networks;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Torch.Tests.Networks;

public sealed class NBeatsForecasterTests
{
    [TorchFact]
    public void Interpretable_stacks_fit_trend_plus_seasonality_and_extrapolate_it()
    {
        var series = SyntheticSequences.TrendPlusSeason(140, slope: 0.01, period: 12, amplitude: 0.5);
        var options = new NBeatsForecasterOptions { Lookback = 24, Horizon = 6, Epochs = 300, Harmonics = 3 };
        using var model = NBeatsForecaster.Fit(series.Take(120).ToArray(), options);

        var forecast = model.Forecast(series.Take(120).ToArray());
        var truth = series.Skip(120).Take(6).ToArray();
        var mae = forecast.Zip(truth, (f, t) => Math.Abs(f - t)).Average();
        var naive = truth.Average(t => Math.Abs(t - series[119]));

        Assert.True(mae < 0.12, $"n-beats MAE {mae:F4} on a noiseless trend+season (amplitude 0.5)");
        Assert.True(mae < naive / 2, $"n-beats MAE {mae:F4} should halve the last-value forecast's {naive:F4}");
    }

    [TorchFact]
    public void Generic_stacks_fit_trend_plus_seasonality()
    {
        var series = SyntheticSequences.TrendPlusSeason(140, slope: 0.01, period: 12, amplitude: 0.5);
        var options = new NBeatsForecasterOptions { Lookback = 24, Horizon = 6, Epochs = 300, Stacks = [NBeatsStack.Generic, NBeatsStack.Generic] };
        using var model = NBeatsForecaster.Fit(series.Take(120).ToArray(), options);

        var forecast = model.Forecast(series.Take(120).ToArray());
        var mae = forecast.Zip(series.Skip(120).Take(6), (f, t) => Math.Abs(f - t)).Average();
        Assert.True(mae < 0.15, $"generic n-beats MAE {mae:F4}");
    }

    [TorchFact]
    public void A_series_shorter_than_lookback_plus_horizon_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => NBeatsForecaster.Fit(new double[20], new NBeatsForecasterOptions { Lookback = 24, Horizon = 6 }));
        Assert.Contains("too short", e.Message);
    }

    [TorchFact]
    public void Forecasting_from_too_little_history_is_rejected()
    {
        var series = SyntheticSequences.TrendPlusSeason(40, 0.01, 12, 0.5);
        using var model = NBeatsForecaster.Fit(series, new NBeatsForecasterOptions { Lookback = 24, Horizon = 6, Epochs = 2 });
        var e = Assert.Throws<ArgumentException>(() => model.Forecast(new double[10]));
        Assert.Contains("at least 24", e.Message);
    }
}
