using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>Wraps an alpha and writes down the insight of every symbol that had a bar, at every bar close.</summary>
internal sealed class RecordingAlphaModel(IAlphaModel inner) : IAlphaModel
{
    private readonly List<InsightRecord> _records = [];

    public string Name => inner.Name;

    public IReadOnlyList<InsightRecord> Records => _records;

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        inner.Update(context, insights);
        for (var i = 0; i < insights.Length; i++)
        {
            if (context.HasBar(i)) _records.Add(new InsightRecord(context.TimeMs, i, insights[i]));
        }
    }
}
