using System.Text.RegularExpressions;
using CryptoSmartTrader.Features.Indicators;

namespace CryptoSmartTrader.Features.Tests.Indicators;

public sealed class IndicatorCatalogTests
{
    [Fact]
    public void Catalog_has_more_than_sixty_distinct_indicators_and_outputs()
    {
        var all = IndicatorCatalog.CreateDefaults();
        Assert.True(all.Select(i => i.GetType()).Distinct().Count() >= 60, $"{all.Select(i => i.GetType()).Distinct().Count()} indicator types");
        Assert.True(all.Sum(i => i.Columns.Count) >= 60);
    }

    [Fact]
    public void Column_names_are_unique_lowercase_name_param_tokens()
    {
        var names = IndicatorCatalog.CreateDefaults().SelectMany(i => i.Columns).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches(new Regex("^[a-z][a-z0-9]*(_[a-z0-9.]+)*$"), n));
    }

    [Fact]
    public void Catalog_contains_every_column_the_cli_contract_names()
    {
        var names = IndicatorCatalog.CreateDefaults().SelectMany(i => i.Columns).ToHashSet();
        string[] required =
        [
            "sma_20", "ema_20", "wma_20", "rsi_14", "atr_14", "natr_14", "adx_14", "plus_di_14", "minus_di_14", "macd_12_26_9",
            "macd_signal_12_26_9", "macd_hist_12_26_9", "bb_mid_20_2", "bb_upper_20_2", "bb_lower_20_2", "stoch_k_14_3",
            "stoch_d_14_3_3", "cci_20", "willr_14", "roc_10", "mfi_14", "obv", "donchian_upper_20", "donchian_lower_20",
        ];
        Assert.All(required, r => Assert.Contains(r, names));
    }
}
