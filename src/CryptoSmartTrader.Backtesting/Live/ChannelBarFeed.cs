using System.Threading.Channels;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Live;

/// <summary>
/// The live path's feed: producers (exchange streams, or a replay of recorded candles) write closed-bar batches into a
/// bounded <see cref="Channel{T}"/>; one consumer (<see cref="LiveKernelHost"/>) hands them to the kernel in order.
/// Bounded with Wait, so a slow kernel applies back-pressure instead of dropping bars.
/// This type belongs with the live host in Trading/Bot once those exist; it lives here so the parity test can use it.
/// </summary>
public sealed class ChannelBarFeed
{
    private readonly Channel<BarBatch> _channel;

    public ChannelBarFeed(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _channel = Channel.CreateBounded<BarBatch>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public ChannelReader<BarBatch> Reader => _channel.Reader;

    public ChannelWriter<BarBatch> Writer => _channel.Writer;

    /// <summary>
    /// Replays recorded candles as a live feed would deliver them: one batch per close time, in close-time order,
    /// after moving <paramref name="advanceClock"/> to that close (a manual clock in tests, nothing live). Completes the writer.
    /// </summary>
    public async Task ReplayAsync(IReadOnlyList<CandleSeries> series, Action<DateTimeOffset>? advanceClock = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var stream = new MergedBarStream(series);
            while (stream.MoveNext())
            {
                var bars = new (int, Bar)[stream.PresentCount];
                var k = 0;
                foreach (var s in stream.Present)
                {
                    bars[k++] = (s, Bar.FromSeries(series[s], stream.BarIndexOf(s)));
                }

                advanceClock?.Invoke(stream.Time);
                await _channel.Writer.WriteAsync(new BarBatch(stream.Time, bars), cancellationToken);
            }

            _channel.Writer.TryComplete();
        }
        catch (Exception ex)
        {
            _channel.Writer.TryComplete(ex);
            throw;
        }
    }
}
