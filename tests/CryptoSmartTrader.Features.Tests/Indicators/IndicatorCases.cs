using CryptoSmartTrader.Features.Indicators;

namespace CryptoSmartTrader.Features.Tests.Indicators;

/// <summary>Every catalog indicator as a theory case, keyed by its column list.</summary>
public static class IndicatorCases
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var indicator in IndicatorCatalog.CreateDefaults())
        {
            data.Add(indicator.ToString());
        }

        return data;
    }

    public static Indicator Create(string key) =>
        IndicatorCatalog.CreateDefaults().Single(i => i.ToString() == key);
}
