using System.Collections;

namespace CryptoSmartTrader.Core.Collections;

/// <summary>
/// A list that only grows, stored in fixed-size chunks: unlike <see cref="List{T}"/> it never copies what it holds into
/// a twice-as-large array, so a log of a million records allocates about its own size once instead of about twice, and the
/// copies (and the large-object-heap churn they cause) are gone. For the kernel's decision log, fills and order records.
/// </summary>
public sealed class AppendOnlyList<T> : IReadOnlyList<T>
{
    // 8,192 elements: a chunk of the kernel's structs (24–200 bytes) is large enough that one allocation serves thousands
    // of records, small enough that a short run does not reserve megabytes it never uses (the first chunk grows in steps).
    private const int Shift = 13;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private T[][] _chunks = [];
    private int _count;

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be below the count {_count}");
            return _chunks[index >> Shift][index & Mask];
        }
    }

    public void Add(in T item)
    {
        var c = _count >> Shift;
        var k = _count & Mask;
        if (c == _chunks.Length) Array.Resize(ref _chunks, Math.Max(4, _chunks.Length * 2));
        var chunk = _chunks[c];
        if (chunk is null || k == chunk.Length)
        {
            // The first chunk starts small and doubles up to the chunk size (a short run stays small); later chunks are full size.
            var size = c == 0 ? Math.Min(ChunkSize, Math.Max(16, k * 2)) : ChunkSize;
            if (chunk is not null) Array.Resize(ref chunk, size);
            else chunk = new T[size];
            _chunks[c] = chunk;
        }

        chunk[k] = item;
        _count++;
    }

    /// <summary>A copy of the items in order, chunk by chunk.</summary>
    public T[] ToArray()
    {
        var result = new T[_count];
        for (int c = 0, done = 0; done < _count; c++)
        {
            var n = Math.Min(_chunks[c].Length, _count - done);
            Array.Copy(_chunks[c], 0, result, done, n);
            done += n;
        }

        return result;
    }

    public void Clear()
    {
        _chunks = [];
        _count = 0;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates in insertion order. Items added while enumerating are not seen (the count is read at the start).</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[][] _chunks;
        private readonly int _count;
        private int _index;

        internal Enumerator(AppendOnlyList<T> list)
        {
            _chunks = list._chunks;
            _count = list._count;
            _index = -1;
        }

        public readonly T Current => _chunks[_index >> Shift][_index & Mask];

        readonly object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
