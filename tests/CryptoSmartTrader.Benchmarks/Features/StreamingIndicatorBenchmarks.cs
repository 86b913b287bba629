using BenchmarkDotNet.Attributes;
using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Benchmarks.Features;

/// <summary>
/// The bot's path: one closed bar updates every indicator of the <c>ta</c> set (66 indicators, 102 columns) and the
/// feature row is copied out. Reported per bar (OperationsPerInvoke) on real Binance BTC/USDT hourly bars.
/// </summary>
public class StreamingIndicatorBenchmarks
{
    private const int BarsPerInvoke = 10_000;
    private OhlcvBar[] _bars = null!;
    private IndicatorBank _bank = null!;
    private double[] _row = null!;

    [GlobalSetup]
    public void Setup()
    {
        var s = SharedCandles.BinanceHourly("BTC").Slice(30_000, BarsPerInvoke);
        _bars = new OhlcvBar[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            _bars[i] = new OhlcvBar(s.Open[i], s.High[i], s.Low[i], s.Close[i], s.Volume[i]);
        }

        _bank = TechnicalFeatureSet.CreateStream();
        _row = new double[_bank.Columns.Count];
    }

    [Benchmark(OperationsPerInvoke = BarsPerInvoke)]
    public double UpdateAllIndicatorsPerBar()
    {
        _bank.Reset();
        for (var i = 0; i < _bars.Length; i++)
        {
            _bank.Update(in _bars[i]);
            _bank.CopyRow(_row);
        }

        return _row[0];
    }
}
