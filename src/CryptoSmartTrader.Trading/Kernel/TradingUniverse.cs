using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// The markets a kernel trades, each given a dense index. Every per-symbol array in the kernel, the alpha models and
/// the simulated venue is indexed by it, which keeps the bar-close path free of dictionary look-ups.
/// </summary>
public sealed class TradingUniverse
{
    private readonly List<Symbol> _symbols = [];
    private readonly List<Exchange> _exchanges = [];
    private readonly List<Timeframe> _timeframes = [];

    public TradingUniverse()
    {
    }

    public TradingUniverse(Exchange exchange, Timeframe timeframe, IEnumerable<Symbol> symbols)
    {
        foreach (var s in symbols)
        {
            Add(exchange, s, timeframe);
        }
    }

    public int Count => _symbols.Count;

    /// <summary>Adds a market and returns its index. A symbol may appear once per universe.</summary>
    public int Add(Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        if (symbol.Base is null) throw new ArgumentException("universe: symbol is required", nameof(symbol));
        if (IndexOf(symbol) >= 0) throw new ArgumentException($"universe: {symbol} is already in the universe", nameof(symbol));
        _symbols.Add(symbol);
        _exchanges.Add(exchange);
        _timeframes.Add(timeframe);
        return _symbols.Count - 1;
    }

    public Symbol SymbolOf(int index) => _symbols[index];

    public Exchange ExchangeOf(int index) => _exchanges[index];

    public Timeframe TimeframeOf(int index) => _timeframes[index];

    /// <summary>The index of <paramref name="symbol"/>, or -1.</summary>
    public int IndexOf(Symbol symbol)
    {
        for (var i = 0; i < _symbols.Count; i++)
        {
            if (_symbols[i] == symbol) return i;
        }

        return -1;
    }

    public IReadOnlyList<Symbol> Symbols => _symbols;
}
