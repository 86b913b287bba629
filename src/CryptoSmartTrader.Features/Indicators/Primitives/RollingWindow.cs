namespace CryptoSmartTrader.Features.Indicators.Primitives;

/// <summary>
/// A ring buffer of the last <c>capacity</c> inputs with a running sum (<c>sum += x</c> while filling,
/// <c>sum += x - evicted</c> once full) and O(capacity) extrema scans, which beat deques for the short windows used here.
/// </summary>
internal sealed class RollingWindow
{
    private readonly double[] _buffer;
    private int _next;

    public RollingWindow(int capacity) => _buffer = new double[capacity];

    public int Capacity => _buffer.Length;

    public int Count { get; private set; }

    public bool IsFull => Count == _buffer.Length;

    public double Sum { get; private set; }

    public double Mean => Sum / Count;

    /// <summary>Appends <paramref name="x"/>; returns the evicted value, or 0 while the window is filling.</summary>
    public double Push(double x)
    {
        double evicted = 0;
        if (Count == _buffer.Length)
        {
            evicted = _buffer[_next];
            Sum += x - evicted;
        }
        else
        {
            Count++;
            Sum += x;
        }

        _buffer[_next] = x;
        _next = _next + 1 == _buffer.Length ? 0 : _next + 1;
        return evicted;
    }

    /// <summary>The value <paramref name="age"/> steps back (0 = newest).</summary>
    public double this[int age]
    {
        get
        {
            var i = _next - 1 - age;
            return _buffer[i < 0 ? i + _buffer.Length : i];
        }
    }

    public double Oldest => this[Count - 1];

    public double Max()
    {
        var m = double.NegativeInfinity;
        for (var i = 0; i < Count; i++)
        {
            if (_buffer[i] > m) m = _buffer[i];
        }

        return m;
    }

    public double Min()
    {
        var m = double.PositiveInfinity;
        for (var i = 0; i < Count; i++)
        {
            if (_buffer[i] < m) m = _buffer[i];
        }

        return m;
    }

    /// <summary>Age (0 = newest) of the maximum; ties go to the most recent.</summary>
    public int AgeOfMax()
    {
        var best = 0;
        for (var a = 1; a < Count; a++)
        {
            if (this[a] > this[best]) best = a;
        }

        return best;
    }

    /// <summary>Age (0 = newest) of the minimum; ties go to the most recent.</summary>
    public int AgeOfMin()
    {
        var best = 0;
        for (var a = 1; a < Count; a++)
        {
            if (this[a] < this[best]) best = a;
        }

        return best;
    }

    public void Reset()
    {
        Array.Clear(_buffer);
        _next = 0;
        Count = 0;
        Sum = 0;
    }
}
