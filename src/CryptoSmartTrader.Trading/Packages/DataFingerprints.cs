using System.Buffers.Binary;
using System.Security.Cryptography;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Packages;

/// <summary>Fingerprints of candle series: SHA-256 over each bar's open time (Unix ms) and OHLCV (IEEE doubles, little endian).</summary>
public static class DataFingerprints
{
    /// <summary>One fingerprint per series, over the bars closing in [<paramref name="from"/>, <paramref name="to"/>] (all bars when null).</summary>
    public static List<DataFingerprint> Of(IEnumerable<CandleSeries> series, string? source = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var list = new List<DataFingerprint>();
        foreach (var full in series)
        {
            var s = from is not null || to is not null
                ? full.SliceByCloseTime(from ?? DateTimeOffset.MinValue, to ?? DateTimeOffset.MaxValue)
                : full;
            list.Add(new DataFingerprint
            {
                Symbol = s.Symbol.ToString(),
                Timeframe = s.Timeframe.ToString(),
                From = s.IsEmpty ? null : s.FirstOpenTime,
                To = s.IsEmpty ? null : s.LastCloseTime,
                Bars = s.Count,
                Sha256 = Hash(s),
                Source = source,
            });
        }

        return list;
    }

    public static string Hash(CandleSeries s)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> row = stackalloc byte[48];
        for (var i = 0; i < s.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(row, s.OpenTimeMs[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(row[8..], s.Open[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(row[16..], s.High[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(row[24..], s.Low[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(row[32..], s.Close[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(row[40..], s.Volume[i]);
            sha.AppendData(row);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
