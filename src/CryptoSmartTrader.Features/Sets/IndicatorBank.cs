using CryptoSmartTrader.Features.Indicators;

namespace CryptoSmartTrader.Features.Sets;

/// <summary>
/// A set of streaming indicators updated together, one closed bar at a time; <see cref="CopyRow"/> writes the current
/// feature row (NaN where an indicator is still warming up) in the same column order as the batch set.
/// </summary>
public sealed class IndicatorBank
{
    private readonly Indicator[] _indicators;
    private readonly string[] _columns;

    public IndicatorBank(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        _indicators = [.. indicators];
        _columns = [.. _indicators.SelectMany(i => i.Columns)];
    }

    public IReadOnlyList<string> Columns => _columns;

    public IReadOnlyList<Indicator> Indicators => _indicators;

    public void Update(in OhlcvBar bar)
    {
        foreach (var indicator in _indicators)
        {
            indicator.Update(in bar);
        }
    }

    /// <summary>Writes the current row into <paramref name="row"/>, which must hold <see cref="Columns"/>.Count values.</summary>
    public void CopyRow(Span<double> row)
    {
        if (row.Length < _columns.Length)
        {
            throw new ArgumentException($"indicator bank: row has {row.Length} slots, need {_columns.Length}", nameof(row));
        }

        var at = 0;
        foreach (var indicator in _indicators)
        {
            var k = indicator.Columns.Count;
            indicator.CopyValues(row.Slice(at, k));
            at += k;
        }
    }

    public void Reset()
    {
        foreach (var indicator in _indicators)
        {
            indicator.Reset();
        }
    }
}
