using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>
/// Folds fills (in time order) into round trips per symbol, flat to flat. Gross PnL uses the weighted-average entry
/// cost, exactly like <see cref="Core.Portfolios.Position"/>; a fill that flips the position is split in proportion to
/// quantity, fee included. Base-asset fee deductions are costs here, not quantity changes, so a trip closes when the
/// traded quantities net to zero.
/// </summary>
public sealed class RoundTripBuilder
{
    private readonly Dictionary<Symbol, OpenTrip> _open = [];
    private readonly List<RoundTrip> _closed = [];

    public IReadOnlyList<RoundTrip> Closed => _closed;

    /// <summary>Symbols whose position was not flat after the last fill.</summary>
    public IReadOnlyCollection<Symbol> OpenSymbols => _open.Keys;

    public void Add(FillRecord record)
    {
        var f = record.Fill;
        var dir = f.Side == OrderSide.Buy ? 1 : -1;
        var q = f.Quantity;
        if (!_open.TryGetValue(f.Symbol, out var trip))
        {
            _open[f.Symbol] = OpenTrip.Start(dir, f.Time, q, f.Price, record.FeeValue);
            return;
        }

        if (trip.Direction == dir)
        {
            trip.Add(q, f.Price, record.FeeValue);
            return;
        }

        var closing = Math.Min(q, trip.Position);
        trip.Reduce(closing, f.Price, record.FeeValue * closing / q, f.Time);
        if (trip.Position == 0m)
        {
            _closed.Add(trip.ToRoundTrip(f.Symbol));
            _open.Remove(f.Symbol);
            var rest = q - closing;
            if (rest > 0m)
            {
                _open[f.Symbol] = OpenTrip.Start(dir, f.Time, rest, f.Price, record.FeeValue * rest / q);
            }
        }
    }

    public static IReadOnlyList<RoundTrip> Build(IEnumerable<FillRecord> fills)
    {
        var b = new RoundTripBuilder();
        foreach (var f in fills)
        {
            b.Add(f);
        }

        return b.Closed;
    }

    private sealed class OpenTrip
    {
        public int Direction;
        public DateTimeOffset EntryTime;
        public DateTimeOffset ExitTime;
        public decimal Position;
        public decimal AverageCost;
        public decimal EntryQuantity;
        public decimal EntryNotional;
        public decimal ExitQuantity;
        public decimal ExitNotional;
        public decimal Gross;
        public decimal Fees;
        public int Fills;

        public static OpenTrip Start(int dir, DateTimeOffset time, decimal q, decimal price, decimal fee)
        {
            var t = new OpenTrip { Direction = dir, EntryTime = time };
            t.Add(q, price, fee);
            return t;
        }

        public void Add(decimal q, decimal price, decimal fee)
        {
            AverageCost = (AverageCost * Position + price * q) / (Position + q);
            Position += q;
            EntryQuantity += q;
            EntryNotional += q * price;
            Fees += fee;
            Fills++;
        }

        public void Reduce(decimal q, decimal price, decimal fee, DateTimeOffset time)
        {
            Gross += (price - AverageCost) * q * Direction;
            Position -= q;
            ExitQuantity += q;
            ExitNotional += q * price;
            Fees += fee;
            ExitTime = time;
            Fills++;
        }

        public RoundTrip ToRoundTrip(Symbol symbol) => new(symbol, Direction, EntryTime, ExitTime, EntryQuantity,
            EntryNotional / EntryQuantity, ExitNotional / ExitQuantity, Gross, Fees, Fills);
    }
}
