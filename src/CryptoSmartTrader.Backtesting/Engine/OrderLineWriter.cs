using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Writes the canonical lines of <see cref="OrderListHash"/> as UTF-8 straight into a reused buffer that is fed to the
/// hash in large blocks. The text is byte for byte the one <see cref="OrderListHash.CanonicalLine"/> builds (that
/// method stays the reference; a test compares the two on random orders): the string path built, formatted and encoded
/// a StringBuilder per order and boxed four values per line, which made the hash a sixth of a sweep cell's time.
/// </summary>
internal sealed class OrderLineWriter(IncrementalHash sha)
{
    private const int BlockSize = 64 * 1024;
    private readonly byte[] _buffer = new byte[BlockSize];
    private readonly byte[][] _sides = new byte[4][];
    private readonly byte[][] _types = new byte[8][];
    private readonly byte[][] _tifs = new byte[8][];
    private int _used;
    private Exchange _exchange;
    private byte[] _exchangeBytes = [];
    private Symbol _symbol;
    private byte[] _symbolBytes = [];
    private long _timeTicks = long.MinValue;
    private readonly byte[] _time = new byte[24];

    public void Append(in OrderRecord o)
    {
        var r = o.Request;
        var exchange = ExchangeBytes(r.Exchange);
        var symbol = SymbolBytes(r.Symbol);
        var id = r.ClientOrderId ?? string.Empty;
        // Upper bound of one line: 24 time + 3 bytes per UTF-16 unit of the id + names + 3 decimals (≤ 31 bytes each)
        // + 3 enum names + 11 separators, with room to spare.
        var bound = 256 + 3 * id.Length + exchange.Length + symbol.Length;
        if (BlockSize - _used < bound) Flush();
        var span = bound <= BlockSize ? _buffer.AsSpan(_used) : new byte[bound];
        var n = 0;
        TimeBytes(o.Time).CopyTo(span);
        n += 24;
        span[n++] = (byte)'|';
        n += Encoding.UTF8.GetBytes(id, span[n..]);
        span[n++] = (byte)'|';
        exchange.CopyTo(span[n..]);
        n += exchange.Length;
        span[n++] = (byte)'|';
        symbol.CopyTo(span[n..]);
        n += symbol.Length;
        span[n++] = (byte)'|';
        n += Name(_sides, (int)r.Side, r.Side, span[n..]);
        span[n++] = (byte)'|';
        n += Name(_types, (int)r.Type, r.Type, span[n..]);
        span[n++] = (byte)'|';
        n += Decimal(r.Quantity, span[n..]);
        span[n++] = (byte)'|';
        if (r.LimitPrice is { } l) n += Decimal(l, span[n..]);
        span[n++] = (byte)'|';
        if (r.StopPrice is { } s) n += Decimal(s, span[n..]);
        span[n++] = (byte)'|';
        n += Name(_tifs, (int)r.TimeInForce, r.TimeInForce, span[n..]);
        span[n++] = (byte)'|';
        span[n++] = r.PostOnly ? (byte)'1' : (byte)'0';
        span[n++] = (byte)'|';
        span[n++] = r.ReduceOnly ? (byte)'1' : (byte)'0';
        span[n++] = (byte)'\n';
        if (bound <= BlockSize) _used += n;
        else sha.AppendData(span[..n]);
    }

    /// <summary>Hands what is buffered to the hash (SHA-256 of a text does not depend on how it is cut into blocks).</summary>
    public void Flush()
    {
        if (_used > 0) sha.AppendData(_buffer, 0, _used);
        _used = 0;
    }

    private byte[] ExchangeBytes(Exchange exchange)
    {
        if (exchange != _exchange || _exchangeBytes.Length == 0)
        {
            _exchange = exchange;
            _exchangeBytes = Encoding.UTF8.GetBytes(exchange.ToString());
        }

        return _exchangeBytes;
    }

    private byte[] SymbolBytes(Symbol symbol)
    {
        if (symbol != _symbol || _symbolBytes.Length == 0)
        {
            _symbol = symbol;
            _symbolBytes = Encoding.UTF8.GetBytes(symbol.ToString());
        }

        return _symbolBytes;
    }

    // "yyyy-MM-dd'T'HH:mm:ss.fff'Z'" of the UTC time, written digit by digit (orders of one step share it).
    private ReadOnlySpan<byte> TimeBytes(DateTimeOffset time)
    {
        var t = time.UtcDateTime;
        if (t.Ticks == _timeTicks) return _time;
        _timeTicks = t.Ticks;
        var b = _time.AsSpan();
        Digits(b[..4], t.Year);
        b[4] = (byte)'-';
        Digits(b.Slice(5, 2), t.Month);
        b[7] = (byte)'-';
        Digits(b.Slice(8, 2), t.Day);
        b[10] = (byte)'T';
        Digits(b.Slice(11, 2), t.Hour);
        b[13] = (byte)':';
        Digits(b.Slice(14, 2), t.Minute);
        b[16] = (byte)':';
        Digits(b.Slice(17, 2), t.Second);
        b[19] = (byte)'.';
        Digits(b.Slice(20, 3), t.Millisecond);
        b[23] = (byte)'Z';
        return _time;
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var k = into.Length - 1; k >= 0; k--)
        {
            into[k] = (byte)('0' + value % 10);
            value /= 10;
        }
    }

    // The enum's name as Enum.ToString gives it (its number when undefined), cached per value.
    private static int Name<T>(byte[][] cache, int v, T value, Span<byte> into) where T : struct, Enum
    {
        var bytes = (uint)v < (uint)cache.Length ? cache[v] ??= Encoding.UTF8.GetBytes(value.ToString()) : Encoding.UTF8.GetBytes(value.ToString());
        bytes.CopyTo(into);
        return bytes.Length;
    }

    // OrderListHash.D: the value divided by 1 at scale 28 (which drops the trailing zeros of its scale), invariant, with
    // any trailing fractional zeros and a bare trailing point trimmed.
    private static int Decimal(decimal value, Span<byte> into)
    {
        if (!(value / 1.0000000000000000000000000000m).TryFormat(into, out var n, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("order list hash: a decimal did not fit its buffer");
        }

        if (into[..n].IndexOf((byte)'.') < 0) return n;
        while (n > 0 && into[n - 1] == (byte)'0') n--;
        while (n > 0 && into[n - 1] == (byte)'.') n--;
        return n;
    }
}
