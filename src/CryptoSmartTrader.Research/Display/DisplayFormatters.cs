using System.Collections;
using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Session;

namespace CryptoSmartTrader.Research.Display;

/// <summary>
/// How the library's own types show in a notebook: readable tables (HTML + plain text), ISO UTC times, no record dumps. Registered once
/// here and used by the notebook output formatter, so the Jupyter kernel and <c>cst notebook run</c> show the same thing.
/// A quant can add a formatter for their own type with <see cref="Register{T}"/> (later registrations win).
/// </summary>
public static class DisplayFormatters
{
    private static readonly List<(Type Type, Func<object, ReportOutput> Format)> Registered = [];
    private static readonly Lock Gate = new();

    static DisplayFormatters()
    {
        Add<CandleSeries>(LibraryTables.Candles);
        Add<IEnumerable<CandleSeries>>(s => LibraryTables.SeriesSummary(s.ToList()).ToOutput());
        Add<FeatureFrame>(LibraryTables.Features);
        Add<DataQualityReport>(LibraryTables.Quality);
        Add<IEnumerable<DataQualityReport>>(r => LibraryTables.QualityTable(r).ToOutput());
        Add<IEnumerable<CandleGap>>(g => LibraryTables.Gaps(g.ToList()).ToOutput());
        Add<HorizonMetrics>(m => LibraryTables.ModelMetrics([m]).ToOutput());
        Add<IEnumerable<HorizonMetrics>>(m => LibraryTables.ModelMetrics(m).ToOutput());
        Add<MetricsReport>(m => LibraryTables.BacktestMetrics(m).ToOutput());
        Add<BacktestResult>(LibraryTables.Backtest);
        Add<IEnumerable<RoundTrip>>(t => LibraryTables.Trades(t.ToList()).ToOutput());
        Add<Prediction>(p => LibraryTables.Predictions([p]).ToOutput());
        Add<IEnumerable<Prediction>>(p => LibraryTables.Predictions(p.ToList()).ToOutput());
    }

    /// <summary>Shows values of type <typeparamref name="T"/> (and subtypes) with <paramref name="format"/> from now on.</summary>
    public static void Register<T>(Func<T, ReportOutput> format)
    {
        ArgumentNullException.ThrowIfNull(format);
        Add(format);
    }

    /// <summary>The rich output for <paramref name="value"/>, or null when no formatter applies (the caller falls back to text).</summary>
    public static ReportOutput? TryFormat(object? value)
    {
        if (value is null) return null;
        if (DeedleDisplay.TryFormat(value) is { } frame) return frame;
        Func<object, ReportOutput>? format = null;
        lock (Gate)
        {
            for (var i = Registered.Count - 1; i >= 0 && format is null; i--)
            {
                if (Registered[i].Type.IsInstanceOfType(value)) format = Registered[i].Format;
            }
        }

        // Strings are IEnumerable<char>: never a table.
        return format is null || value is string ? null : format(value);
    }

    /// <summary>The types with a registered formatter, in registration order.</summary>
    internal static IReadOnlyList<Type> Types
    {
        get
        {
            lock (Gate)
            {
                return [.. Registered.Select(r => r.Type).Distinct()];
            }
        }
    }

    private static void Add<T>(Func<T, ReportOutput> format)
    {
        lock (Gate)
        {
            Registered.Add((typeof(T), o => format((T)o)));
        }
    }

    internal static bool IsSequence(object value) => value is IEnumerable and not string;
}
