using System.Buffers.Binary;
using System.IO.Compression;
using CryptoSmartTrader.Data.Exchanges.Streams;

namespace CryptoSmartTrader.Data.Import;

/// <summary>
/// Reads a whole gzip file and proves it complete. <see cref="GZipStream"/> stops quietly where a truncated file ends, so a
/// cut download would import its first rows as if they were all; here the stream is read to its end and the final
/// member's trailer (CRC-32 and length of what it decompressed to) must match the output, or the file is refused.
/// </summary>
public static class GzipFile
{
    /// <summary>
    /// The whole decompressed file as a stream, for readers that parse candle files themselves; throws
    /// <see cref="InvalidDataException"/> naming the file and byte offset when the file is cut short or damaged.
    /// </summary>
    public static Stream OpenVerified(string path)
    {
        var (data, error) = ReadAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        return error is null ? new MemoryStream(data.ToArray(), writable: false) : throw new InvalidDataException(error);
    }

    // Header (10) + empty deflate block (2) + trailer (8): nothing shorter can be a complete gzip file.
    private const int MinimumLength = 18;

    /// <summary>The decompressed bytes, or null with <paramref name="error"/> naming the file and the byte offset at which it failed.</summary>
    internal static async Task<(ReadOnlyMemory<byte> Data, string? Error)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var raw = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (raw.Length == 0)
        {
            return (default, $"{path}: empty file (0 bytes; expected gzip data)");
        }

        if (raw.Length < 2 || raw[0] != 0x1f || raw[1] != 0x8b)
        {
            return (default, $"{path}: not gzip data (no gzip header at byte 0)");
        }

        var source = new CountingStream(raw);
        // Dataset CSVs compress about 4-5x; start near the final size to avoid repeated growth.
        var output = new MemoryStream((int)Math.Min(int.MaxValue / 2, (long)raw.Length * 5));
        try
        {
            await using var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true);
            await gzip.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            // zlib's own message ("unsupported compression method") misleads; what is known is where the data stopped making sense.
            return (default, $"{path}: corrupt gzip data at or before byte {source.Position} of {raw.Length}");
        }

        var data = output.GetBuffer().AsMemory(0, (int)output.Length);
        if (raw.Length < MinimumLength)
        {
            return (default, $"{path}: gzip data ends at byte {raw.Length} before its end-of-stream trailer (truncated file)");
        }

        // The trailer covers the last member only; its length field says how much of the output that member produced.
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 8));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(raw.Length - 4));
        if (size > data.Length || Crc32.Compute(data.Span[(data.Length - (int)size)..]) != crc)
        {
            return (default, $"{path}: gzip data ends at byte {raw.Length} without a matching end-of-stream trailer (truncated or corrupt file)");
        }

        return (data, null);
    }

    // Hands the decompressor small reads so that the position at a failure is close to the damaged byte.
    private sealed class CountingStream(byte[] data) : MemoryStream(data, writable: false)
    {
        private const int Chunk = 512;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, Chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, Chunk)]);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, Chunk), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, Chunk)], cancellationToken);
    }
}
