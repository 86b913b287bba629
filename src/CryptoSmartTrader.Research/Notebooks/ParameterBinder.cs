using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Scripting;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Turns <c>--param name=value</c> overrides into C# assignments for the variables the parameters cell declared (papermill style:
/// the assignments run as an extra "injected-parameters" cell right after it). Values are checked against each variable's type first.
/// </summary>
internal static class ParameterBinder
{
    public static string? BuildAssignments(IReadOnlyList<KeyValuePair<string, string>> parameters, IEnumerable<ScriptVariable> variables, out string? error)
    {
        error = null;
        var declared = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var v in variables) declared[v.Name] = v.Type;

        var lines = new List<string> { "// parameters injected by cst notebook run" };
        foreach (var (name, text) in parameters)
        {
            if (!declared.TryGetValue(name, out var type))
            {
                error = $"parameter '{name}' is not declared in the parameters cell (declared: {string.Join(", ", declared.Keys.Order(StringComparer.Ordinal))})";
                return null;
            }

            var literal = Literal(type, text);
            if (literal is null)
            {
                error = $"parameter '{name}': expected a value of type {type.Name}, got '{text}'";
                return null;
            }

            lines.Add($"{name} = {literal};");
        }

        return string.Join("\n", lines);
    }

    private static string? Literal(Type type, string text)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var inv = CultureInfo.InvariantCulture;
        const NumberStyles Num = NumberStyles.Float;
        if (t == typeof(string)) return SymbolDisplay.FormatLiteral(text, quote: true);
        if (t == typeof(bool)) return bool.TryParse(text, out var b) ? (b ? "true" : "false") : null;
        if (t == typeof(int)) return int.TryParse(text, NumberStyles.Integer, inv, out var i) ? i.ToString(inv) : null;
        if (t == typeof(long)) return long.TryParse(text, NumberStyles.Integer, inv, out var l) ? l.ToString(inv) + "L" : null;
        if (t == typeof(double)) return double.TryParse(text, Num, inv, out var d) && double.IsFinite(d) ? d.ToString("R", inv) + "d" : null;
        if (t == typeof(float)) return float.TryParse(text, Num, inv, out var f) && float.IsFinite(f) ? f.ToString("R", inv) + "f" : null;
        if (t == typeof(decimal)) return decimal.TryParse(text, Num, inv, out var m) ? m.ToString(inv) + "m" : null;
        if (t == typeof(DateTimeOffset))
        {
            return DateTimeOffset.TryParse(text, inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var dto)
                ? $"global::System.DateTimeOffset.Parse({SymbolDisplay.FormatLiteral(dto.ToString("O", inv), true)}, global::System.Globalization.CultureInfo.InvariantCulture)"
                : null;
        }

        if (t == typeof(TimeSpan))
        {
            return TimeSpan.TryParse(text, inv, out var ts)
                ? $"global::System.TimeSpan.Parse({SymbolDisplay.FormatLiteral(ts.ToString("c", inv), true)}, global::System.Globalization.CultureInfo.InvariantCulture)"
                : null;
        }

        if (t.IsEnum && t.FullName is { } fullName && !t.IsGenericType && !fullName.Contains('#'))
        {
            return Enum.TryParse(t, text, ignoreCase: true, out var e) && Enum.IsDefined(t, e!)
                ? $"global::{fullName.Replace('+', '.')}.{e}"
                : null;
        }

        return null;
    }
}
