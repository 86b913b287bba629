namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// The kernel's double-precision mirror of the portfolio: cash in the account currency, filled and pending (working
/// order) quantity and the last mark per symbol index. The decimal <see cref="Core.Portfolios.Portfolio"/> stays the
/// book of record; this mirror exists so that equity and exposure can be read on every bar without decimal math.
/// </summary>
public sealed class ExposureBook
{
    private readonly double[] _qty;
    private readonly double[] _pending;
    private readonly double[] _mark;
    private readonly int[] _cluster;

    /// <param name="clusterOf">Cluster id per symbol index (for the cluster exposure cap); null puts each symbol in its own cluster.</param>
    public ExposureBook(int symbols, double initialCash, int[]? clusterOf = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(symbols);
        if (!(initialCash >= 0)) throw new ArgumentOutOfRangeException(nameof(initialCash), initialCash, "exposure book: initial cash must be >= 0");
        if (clusterOf is not null && clusterOf.Length != symbols)
        {
            throw new ArgumentException($"exposure book: clusterOf has {clusterOf.Length} entries, expected one per symbol ({symbols})", nameof(clusterOf));
        }

        _qty = new double[symbols];
        _pending = new double[symbols];
        _mark = new double[symbols];
        _cluster = clusterOf ?? Enumerable.Range(0, symbols).ToArray();
        Cash = initialCash;
        InitialCash = initialCash;
    }

    public int Count => _qty.Length;
    public double Cash { get; private set; }
    public double InitialCash { get; }

    public double PositionOf(int i) => _qty[i];

    /// <summary>Signed remaining quantity of working orders.</summary>
    public double PendingOf(int i) => _pending[i];

    public double MarkOf(int i) => _mark[i];

    public int ClusterOf(int i) => _cluster[i];

    public void SetMark(int i, double price) => _mark[i] = price;

    public void AddPending(int i, double signedQuantity) => _pending[i] += signedQuantity;

    public void ApplyFill(int i, double signedQuantity, double price, double fee)
    {
        _qty[i] += signedQuantity;
        if (Math.Abs(_qty[i]) < 1e-12) _qty[i] = 0;
        Cash -= signedQuantity * price + fee;
    }

    /// <summary>Cash plus every position at its mark.</summary>
    public double Equity
    {
        get
        {
            var e = Cash;
            for (var i = 0; i < _qty.Length; i++)
            {
                if (_qty[i] != 0) e += _qty[i] * _mark[i];
            }

            return e;
        }
    }

    /// <summary>Σ|qty × mark| over positions, counting working orders when <paramref name="includePending"/>.</summary>
    public double Gross(bool includePending = true)
    {
        var g = 0.0;
        for (var i = 0; i < _qty.Length; i++)
        {
            g += Math.Abs((_qty[i] + (includePending ? _pending[i] : 0)) * _mark[i]);
        }

        return g;
    }

    public double Net(bool includePending = true)
    {
        var n = 0.0;
        for (var i = 0; i < _qty.Length; i++)
        {
            n += (_qty[i] + (includePending ? _pending[i] : 0)) * _mark[i];
        }

        return n;
    }

    /// <summary>Notional of working buy orders at the marks: cash already promised.</summary>
    public double PendingBuyNotional()
    {
        var n = 0.0;
        for (var i = 0; i < _pending.Length; i++)
        {
            if (_pending[i] > 0) n += _pending[i] * _mark[i];
        }

        return n;
    }

    public double ClusterGross(int cluster, bool includePending = true)
    {
        var g = 0.0;
        for (var i = 0; i < _qty.Length; i++)
        {
            if (_cluster[i] == cluster) g += Math.Abs((_qty[i] + (includePending ? _pending[i] : 0)) * _mark[i]);
        }

        return g;
    }
}
