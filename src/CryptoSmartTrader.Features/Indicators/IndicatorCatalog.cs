using CryptoSmartTrader.Features.Indicators.Momentum;
using CryptoSmartTrader.Features.Indicators.Statistics;
using CryptoSmartTrader.Features.Indicators.Trend;
using CryptoSmartTrader.Features.Indicators.Volatility;
using CryptoSmartTrader.Features.Indicators.Volume;

namespace CryptoSmartTrader.Features.Indicators;

/// <summary>
/// Every indicator with its default (conventional) parameters, in the column order of the <c>ta</c> feature set.
/// Each call returns fresh instances, so callers own their streaming state.
/// </summary>
public static class IndicatorCatalog
{
    public static IReadOnlyList<Indicator> CreateDefaults() =>
    [
        // the columns named by the CLI contract first
        new Sma(20), new Ema(20), new Wma(20), new Rsi(14), new Atr(14), new Natr(14), new Adx(14), new Macd(12, 26, 9),
        new BollingerBands(20, 2), new Stochastic(14, 3, 3), new Cci(20), new WilliamsR(14), new Roc(10), new Mfi(14), new Obv(),
        new DonchianChannels(20),

        // trend
        new Sma(50), new Sma(200), new Ema(50), new Dema(20), new Tema(20), new Hma(20), new Kama(10, 2, 30), new Trima(20),
        new Zlema(20), new Aroon(25), new ParabolicSar(0.02, 0.2), new Supertrend(10, 3), new Ichimoku(9, 26, 52), new Vortex(14),
        new Dpo(20),

        // momentum
        new StochRsi(14, 14, 3, 3), new Mom(10), new Trix(15), new Ppo(12, 26, 9), new Cmo(14), new UltimateOscillator(7, 14, 28),
        new AwesomeOscillator(5, 34), new FisherTransform(10), new Tsi(25, 13), new Coppock(10, 14, 11), new Kst(), new ElderRay(13),
        new BalanceOfPower(14),

        // volatility
        new TrueRange(), new KeltnerChannels(20, 10, 2), new HistoricalVolatility(20), new ParkinsonVolatility(20),
        new GarmanKlassVolatility(20), new YangZhangVolatility(20), new UlcerIndex(14), new ChoppinessIndex(14),
        new ChaikinVolatility(10, 10), new MassIndex(9, 25),

        // volume
        new AccumulationDistribution(), new ChaikinMoneyFlow(20), new ChaikinOscillator(3, 10), new RollingVwap(20), new Vwma(20),
        new VolumeZScore(20), new ForceIndex(13), new EaseOfMovement(14), new VolumeIndexes(), new Pvo(12, 26, 9),

        // statistics
        new LinearRegression(20), new ZScore(20), new StdDev(20), new LogReturn(1), new Skewness(30),
    ];
}
