using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Time;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Trading.Tests.Kernel;

/// <summary>A one-symbol kernel on a simulated Binance venue driven by a manual clock, the way a backtest drives it.</summary>
internal sealed class KernelHarness
{
    public KernelHarness(IReadOnlyList<double> closes, ExecutionOptions? execution = null, RiskOptions? risk = null, int fast = 2, int slow = 4, double volume = 1e6)
    {
        Series = SyntheticCandles.FromCloses(closes, volume: volume, symbol: TestMarket.Btc);
        Universe = TestMarket.Universe();
        Clock = new ManualTimeProvider(Series.FirstOpenTime);
        Log = new DecisionLog();
        Venue = new SimulatedVenue(ExchangeProfiles.Binance, Universe);
        Kernel = new TradingKernel(new TradingKernelOptions(), Universe, new TradingKernelComponents
        {
            Alpha = new SmaCrossAlphaModel(1, new SmaCrossOptions { Fast = fast, Slow = slow }),
            Venue = Venue,
            Risk = risk ?? new RiskOptions { MinVolume24hQuote = 0 },
            Execution = new ExecutionModel(execution),
            DecisionLog = Log,
        }, Clock);
        Context = new BarCloseContext(Universe);
    }

    public CandleSeries Series { get; }
    public TradingUniverse Universe { get; }
    public ManualTimeProvider Clock { get; }
    public DecisionLog Log { get; }
    public SimulatedVenue Venue { get; }
    public TradingKernel Kernel { get; }
    public BarCloseContext Context { get; }
    public int Next { get; private set; }

    public KernelStep Step(Action<BarCloseContext>? extras = null)
    {
        var bar = Bar.FromSeries(Series, Next++);
        Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(bar.CloseTimeMs));
        Context.Reset(Clock.GetUtcNow());
        Context.SetBar(0, bar);
        extras?.Invoke(Context);
        return Kernel.OnBarClose(Context);
    }

    public void StepAll()
    {
        while (Next < Series.Count) Step();
    }

    public IEnumerable<Decision> Decisions(DecisionAction action) => Log.Items.Where(d => d.Action == action);
}
