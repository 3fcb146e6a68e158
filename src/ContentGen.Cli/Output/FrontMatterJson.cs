using System.Globalization;
using System.Text.Json;
using ContentGen.Parsing;

namespace ContentGen.Cli.Output;

/// <summary>
/// Writes a seed's front matter as one JSON object, each key with its typed value: text and
/// dates as strings, numbers as numbers (.inf and .nan, which JSON lacks, as strings), booleans,
/// lists as arrays and maps as objects.
/// </summary>
internal static class FrontMatterJson
{
    /// <summary>Writes <paramref name="entries"/> as an object.</summary>
    public static void Write(Utf8JsonWriter json, EquatableArray<FrontMatterEntry> entries)
    {
        json.WriteStartObject();
        foreach (var entry in entries)
        {
            json.WritePropertyName(entry.Key);
            Value(json, entry.Value);
        }

        json.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter json, FrontMatterValue value)
    {
        switch (value.Kind)
        {
            case FrontMatterKind.Map:
                Write(json, value.Entries);
                break;
            case FrontMatterKind.List:
                json.WriteStartArray();
                foreach (var item in value.Items)
                {
                    Value(json, item);
                }

                json.WriteEndArray();
                break;
            case FrontMatterKind.Int or FrontMatterKind.Long:
                json.WriteNumberValue(long.Parse(value.Text, CultureInfo.InvariantCulture));
                break;
            case FrontMatterKind.Double when double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                json.WriteNumberValue(number);
                break;
            case FrontMatterKind.Bool:
                json.WriteBooleanValue(value.Text == "true");
                break;
            default:
                json.WriteStringValue(value.Text);
                break;
        }
    }
}
