using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Indicators;

/// <summary>
/// Reference values from independent textbook implementations in <c>reference_values.py</c> (plain Python, run offline)
/// on bars 1000..1079 of the real Binance BTC/USDT hourly file; keys are bar indices within that slice.
/// </summary>
internal static class ReferenceValues
{
public static readonly Dictionary<int, double> Sma20 = new() { [19] = 4188.225, [20] = 4187.225, [50] = 4170.5705, [65] = 4286.406, [79] = 4329.673 };
    public static readonly Dictionary<int, double> Ema20 = new() { [19] = 4188.225, [20] = 4184.584523809524, [50] = 4171.728076995442, [65] = 4290.777474871915, [79] = 4313.101120367407 };
    public static readonly Dictionary<int, double> Wma20 = new() { [19] = 4173.837523809524, [20] = 4170.197047619047, [50] = 4178.166333333333, [65] = 4314.53219047619, [79] = 4323.956428571429 };
    public static readonly Dictionary<int, double> Rsi14 = new() { [14] = 47.979083514373784, [15] = 52.26454928336822, [50] = 54.25840323539882, [65] = 64.4167335062433, [79] = 50.25422045275913 };
    public static readonly Dictionary<int, double> Atr14 = new() { [14] = 68.54571428571418, [15] = 67.62673469387748, [50] = 82.76702820590988, [65] = 59.36865324592957, [79] = 51.06326616232413 };
    public static readonly Dictionary<int, double> Cci20 = new() { [19] = -36.57422573059307, [20] = -56.96903200598388, [50] = 94.28620077351754, [65] = 107.25353348032239, [79] = -64.71382619006971 };
    public static readonly Dictionary<int, double> WillR14 = new() { [13] = -66.33165829145729, [14] = -73.36683417085428, [50] = -49.7487182090462, [65] = -7.346666666666958, [79] = -65.18750543809317 };
    public static readonly Dictionary<int, double> Obv = new() { [0] = 0.0, [1] = 35.261802, [50] = 309.5866570000001, [65] = 489.3311090000001, [79] = 451.448609 };
    public static readonly Dictionary<int, double> Mfi14 = new() { [14] = 50.64225211115076, [15] = 50.90979996186024, [50] = 52.58255449246093, [65] = 68.31591434797659, [79] = 37.39542593274404 };
    public static readonly Dictionary<int, double> MacdLine = new() { [25] = -44.60170843373908, [26] = -43.49533996551963, [50] = 11.901593171354762, [65] = 44.0935987319217, [79] = 12.002546084611822 };
    public static readonly Dictionary<int, double> MacdSignal = new() { [33] = -40.633934268497995, [34] = -34.55027440505053, [50] = 4.196960204504144, [65] = 40.170685006907284, [79] = 20.8942870356508 };
    public static readonly Dictionary<int, double> MacdHist = new() { [33] = 18.871359144117577, [34] = 24.334639453789876, [50] = 7.7046329668506175, [65] = 3.9229137250144177, [79] = -8.89174095103898 };
    public static readonly Dictionary<int, double> BbMid = new() { [19] = 4188.225, [20] = 4187.225, [50] = 4170.5705, [65] = 4286.406, [79] = 4329.673 };
    public static readonly Dictionary<int, double> BbUpper = new() { [19] = 4273.604783438471, [20] = 4273.893953033945, [50] = 4251.974816709865, [65] = 4399.473025502575, [79] = 4376.940899509074 };
    public static readonly Dictionary<int, double> BbLower = new() { [19] = 4102.84521656153, [20] = 4100.556046966056, [50] = 4089.166183290135, [65] = 4173.338974497425, [79] = 4282.405100490925 };
    public static readonly Dictionary<int, double> StochK = new() { [15] = 34.505862646566165, [16] = 32.22835280709961, [50] = 60.2255877057587, [65] = 86.45455235327778, [79] = 42.860643300813614 };
    public static readonly Dictionary<int, double> StochD = new() { [17] = 33.20316302356866, [18] = 29.736593273877265, [50] = 60.89448402254291, [65] = 82.83687026634044, [79] = 45.15757327422845 };
    public static readonly Dictionary<int, double> Adx14 = new() { [27] = 19.35074239140686, [28] = 21.815773054631965, [50] = 20.705135256694973, [65] = 35.08857966274845, [79] = 22.088980428536157 };
    public static readonly Dictionary<int, double> PlusDi14 = new() { [14] = 16.82610145471214, [15] = 15.85556672128821, [50] = 23.4998301183603, [65] = 24.492470906758207, [79] = 14.852379276701274 };
    public static readonly Dictionary<int, double> MinusDi14 = new() { [14] = 17.911925305322796, [15] = 16.858521113796886, [50] = 10.764709615612107, [65] = 8.969111638018548, [79] = 15.522317497419278 };

    public static CandleSeries Slice => SharedCandles.BinanceHourly("BTC").Slice(1000, 80);

    /// <summary>Asserts the named column matches the reference at every reference index the indicator reports as valid.</summary>
    public static void AssertColumn(Indicator indicator, string column, Dictionary<int, double> expected, int minChecked = 3)
    {
        var output = indicator.Compute(Slice);
        var values = output[column];
        var checkedCount = 0;
        foreach (var (index, value) in expected)
        {
            if (index < output.FirstValidIndex)
            {
                Assert.True(double.IsNaN(values[index]), $"{column}[{index}] must be NaN before the first valid index {output.FirstValidIndex}");
                continue;
            }

            checkedCount++;
            Assert.True(Math.Abs(values[index] - value) <= 1e-9 * Math.Max(1, Math.Abs(value)), $"{column}[{index}]: expected {value:R}, got {values[index]:R}");
        }

        Assert.True(checkedCount >= minChecked, $"{column}: only {checkedCount} reference values checked");
    }
}
