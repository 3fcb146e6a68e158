using System.Collections;
using System.Globalization;
using System.Reflection;
using ContentGen.Parsing;

namespace ContentGen.Cli.Report;

/// <summary>
/// The plain values an article model carries besides its elements: today the title and source;
/// as the model gains values (an author, a date, a language), they appear on the page without a
/// change here. A value <c>X</c> with a <see cref="TextPosition"/> property <c>XPosition</c> also
/// marks its line.
/// </summary>
internal static class ModelFields
{
    private const string PositionSuffix = "Position";

    /// <summary>The named values of <paramref name="model"/> worth showing, in declaration order; nulls and empty values are left out.</summary>
    /// <param name="model">The article, or any record of the same shape.</param>
    /// <param name="skip">Properties the page shows in its own way (paragraphs, quotes…).</param>
    public static IReadOnlyList<ModelField> Of(object model, IReadOnlySet<string> skip)
    {
        var fields = new List<ModelField>();
        foreach (var property in Properties(model))
        {
            if (skip.Contains(property.Name) || property.Name.EndsWith(PositionSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            if (Format(property.GetValue(model)) is { Length: > 0 } value)
            {
                fields.Add(new ModelField(property.Name, value));
            }
        }

        return fields;
    }

    /// <summary>The lines that the values of <paramref name="model"/> start on, by line number, for every <c>XPosition</c> beside a shown value <c>X</c>.</summary>
    public static IReadOnlyDictionary<int, string> Lines(object model, IReadOnlyList<ModelField> shown)
    {
        var lines = new Dictionary<int, string>();
        var type = model.GetType();
        foreach (var field in shown)
        {
            if (type.GetProperty(field.Name + PositionSuffix)?.GetValue(model) is TextPosition position)
            {
                lines.TryAdd(position.Line, field.Name);
            }
        }

        return lines;
    }

    private static IEnumerable<PropertyInfo> Properties(object model)
        => model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);

    // Strings, numbers, dates and enums as text in the invariant culture; lists of those joined.
    // Anything else (a nested record) is not a plain value and is left for a dedicated view.
    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture).Replace(" 00:00", string.Empty, StringComparison.Ordinal),
        DateTimeOffset date => date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        Enum or bool => value.ToString(),
        IFormattable number when value.GetType().IsPrimitive || value is decimal => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => Join(items),
        _ => null,
    };

    private static string? Join(IEnumerable items)
    {
        var parts = new List<string>();
        foreach (var item in items)
        {
            if (item is IEnumerable and not string || Format(item) is not { } part)
            {
                return null;
            }

            parts.Add(part);
        }

        return string.Join("; ", parts);
    }
}
