using System.Runtime.InteropServices;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Core.Portfolios;

/// <summary>
/// Cash per asset, positions per symbol, realised PnL and fees, valued in one account currency (e.g. USDT).
/// Identity kept by construction: equity = initial equity + realised + unrealised − fees (with no deposits).
/// Fills are applied through <see cref="Apply"/>, which refuses fills it cannot account for instead of guessing.
/// </summary>
public sealed class Portfolio
{
    private readonly Dictionary<string, decimal> _cash = new(StringComparer.Ordinal);
    private readonly Dictionary<Symbol, Position> _positions = [];
    private readonly Dictionary<string, decimal> _feesByAsset = new(StringComparer.Ordinal);

    public Portfolio(string accountCurrency, decimal initialCash)
    {
        AccountCurrency = AssetCode.Normalize(accountCurrency);
        if (initialCash < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(initialCash), initialCash, $"portfolio: initialCash must be >= 0, got {initialCash}");
        }

        _cash[AccountCurrency] = initialCash;
        InitialEquity = initialCash;
    }

    public string AccountCurrency { get; }
    public decimal InitialEquity { get; }

    /// <summary>Sum of realised PnL over all positions (gross of fees).</summary>
    public decimal RealizedPnl => _positions.Values.Sum(p => p.RealizedPnl);

    /// <summary>Fees paid, valued in the account currency at the fill price when charged in base or quote.</summary>
    public decimal FeesPaid { get; private set; }

    public IReadOnlyDictionary<string, decimal> Cash => _cash;
    public IReadOnlyDictionary<string, decimal> FeesByAsset => _feesByAsset;
    public IEnumerable<Position> Positions => _positions.Values.Where(p => !p.IsFlat);

    public decimal CashOf(string asset) => _cash.GetValueOrDefault(AssetCode.Normalize(asset));

    public Position? PositionOf(Symbol symbol) => _positions.GetValueOrDefault(symbol);

    public decimal QuantityOf(Symbol symbol) => _positions.TryGetValue(symbol, out var p) ? p.Quantity : 0m;

    /// <summary>Books a fill. Returns an error (and changes nothing) when the fill's quote is not the account currency
    /// or its fee asset is neither base, quote, nor a held asset.</summary>
    public PortfolioUpdate Apply(Fill fill)
    {
        if (fill.Symbol.Quote != AccountCurrency)
        {
            return PortfolioUpdate.Refused($"portfolio: fill for {fill.Symbol} is quoted in {fill.Symbol.Quote}, account currency is {AccountCurrency}");
        }

        var feeInBase = fill.FeeAsset == fill.Symbol.Base;
        var feeInQuote = fill.FeeAsset == fill.Symbol.Quote;
        if (!feeInBase && !feeInQuote && fill.Fee > 0 && !_cash.ContainsKey(fill.FeeAsset))
        {
            return PortfolioUpdate.Refused($"portfolio: fee asset {fill.FeeAsset} of fill {fill.ClientOrderId} is not held");
        }

        // One lookup per dictionary (refs into the entries): a backtest books tens of thousands of fills, and each of the
        // repeated string-keyed lookups this replaced hashed the asset code again.
        ref var position = ref CollectionsMarshal.GetValueRefOrAddDefault(_positions, fill.Symbol, out _);
        position ??= new Position(fill.Symbol);

        var signed = fill.Side == OrderSide.Buy ? fill.Quantity : -fill.Quantity;
        ref var cash = ref CollectionsMarshal.GetValueRefOrAddDefault(_cash, AccountCurrency, out _);
        cash -= signed * fill.Price;
        var realized = position.Apply(signed, fill.Price);

        decimal feeValue;
        if (feeInQuote)
        {
            cash -= fill.Fee;
            feeValue = fill.Fee;
        }
        else if (feeInBase)
        {
            position.DeductBaseFee(fill.Fee);
            feeValue = fill.Fee * fill.Price;
        }
        else
        {
            // A third-asset fee (e.g. BNB) has no price here; it is booked in that asset and valued through marks.
            _cash[fill.FeeAsset] -= fill.Fee;
            feeValue = 0m;
        }

        CollectionsMarshal.GetValueRefOrAddDefault(_feesByAsset, fill.FeeAsset, out _) += fill.Fee;
        FeesPaid += feeValue;
        return PortfolioUpdate.Ok(realized, feeValue);
    }

    /// <summary>Cash in the account currency plus every position and every other cash asset at its mark.</summary>
    /// <param name="marks">Prices in the account currency by symbol (e.g. BTC/USDT). A missing mark is an error: equity is
    /// never computed from a stale or invented price.</param>
    public decimal Equity(IReadOnlyDictionary<Symbol, decimal> marks)
    {
        var equity = CashOf(AccountCurrency);
        foreach (var (asset, amount) in _cash)
        {
            if (asset != AccountCurrency && amount != 0m)
            {
                equity += amount * Mark(marks, new Symbol(asset, AccountCurrency));
            }
        }

        foreach (var p in Positions)
        {
            equity += p.Quantity * Mark(marks, p.Symbol);
        }

        return equity;
    }

    public decimal UnrealizedPnl(IReadOnlyDictionary<Symbol, decimal> marks) =>
        Positions.Sum(p => p.UnrealizedPnl(Mark(marks, p.Symbol)));

    /// <summary>Gross exposure Σ|qty × mark| and net exposure Σ qty × mark, in the account currency.</summary>
    public (decimal Gross, decimal Net) Exposure(IReadOnlyDictionary<Symbol, decimal> marks)
    {
        decimal gross = 0m, net = 0m;
        foreach (var p in Positions)
        {
            var v = p.Quantity * Mark(marks, p.Symbol);
            gross += Math.Abs(v);
            net += v;
        }

        return (gross, net);
    }

    /// <summary>Adds a non-trading balance (e.g. a BNB float for fees). Deposits change equity outside PnL; they are explicit.</summary>
    public void Deposit(string asset, decimal amount)
    {
        if (amount <= 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, $"portfolio: deposit must be > 0, got {amount}");
        var a = AssetCode.Normalize(asset);
        _cash[a] = _cash.GetValueOrDefault(a) + amount;
    }

    private static decimal Mark(IReadOnlyDictionary<Symbol, decimal> marks, Symbol symbol) =>
        marks.TryGetValue(symbol, out var m) && m > 0 ? m
        : throw new KeyNotFoundException($"portfolio: no mark price for {symbol}");
}
