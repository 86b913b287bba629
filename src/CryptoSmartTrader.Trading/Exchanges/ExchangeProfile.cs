using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Exchanges;

/// <summary>One venue's rules bundle: fee schedule, default market filters and per-symbol overrides.</summary>
public sealed class ExchangeProfile
{
    private readonly Dictionary<Symbol, ExchangeRules> _overrides;

    public ExchangeProfile(Exchange exchange, FeeSchedule fees, ExchangeRules defaultRules, IReadOnlyDictionary<Symbol, ExchangeRules>? overrides = null)
    {
        Exchange = exchange;
        Fees = fees;
        DefaultRules = defaultRules;
        _overrides = overrides is null ? [] : new Dictionary<Symbol, ExchangeRules>(overrides);
    }

    public Exchange Exchange { get; }
    public FeeSchedule Fees { get; }
    public ExchangeRules DefaultRules { get; }

    public ExchangeRules RulesFor(Symbol symbol) => _overrides.TryGetValue(symbol, out var r) ? r : DefaultRules;

    public ExchangeProfile WithFees(FeeSchedule fees) => new(Exchange, fees, DefaultRules, _overrides);

    public ExchangeProfile WithRules(Symbol symbol, ExchangeRules rules) =>
        new(Exchange, Fees, DefaultRules, new Dictionary<Symbol, ExchangeRules>(_overrides) { [symbol] = rules });
}
