using System;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentGen.Parsing.Yaml;

/// <summary>
/// Gives a YAML scalar its C# type by the YAML 1.2 core schema, plus dates and timestamps: a
/// quoted or block scalar, or one tagged <c>!!str</c> or <c>!</c>, is always a string; a plain one
/// may be a boolean, an integer, a number, a date or a null. Invariant culture throughout.
/// </summary>
internal static class ScalarTypes
{
    private const string StringTag = "tag:yaml.org,2002:str";

    private static readonly Regex s_decimal = new("^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_hex = new("^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_octal = new("^0o[0-7]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex s_date = new("^([0-9]{4})-([0-9]{2})-([0-9]{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex s_timestamp = new(
        @"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?(?:[ \t]*(Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?$",
        RegexOptions.CultureInvariant);

    /// <summary>The typed value of <paramref name="scalar"/>, or <see langword="null"/> and why C# cannot hold it.</summary>
    public static FrontMatterValue? Resolve(Scalar scalar, out string? problem)
    {
        problem = null;
        var text = scalar.Value;
        var tag = scalar.Tag;
        if (scalar.Style != ScalarStyle.Plain || (!tag.IsEmpty && (tag.IsNonSpecific || tag.Value == StringTag)))
        {
            return new FrontMatterValue(FrontMatterKind.String, text);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                problem = "it has no value (a null); C# constants need one";
                return null;
            case "true" or "True" or "TRUE":
                return new FrontMatterValue(FrontMatterKind.Bool, "true");
            case "false" or "False" or "FALSE":
                return new FrontMatterValue(FrontMatterKind.Bool, "false");
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return new FrontMatterValue(FrontMatterKind.Double, "Infinity");
            case "-.inf" or "-.Inf" or "-.INF":
                return new FrontMatterValue(FrontMatterKind.Double, "-Infinity");
            case ".nan" or ".NaN" or ".NAN":
                return new FrontMatterValue(FrontMatterKind.Double, "NaN");
        }

        if (s_decimal.IsMatch(text))
        {
            return Integer(long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value), value, out problem);
        }

        if (s_hex.IsMatch(text))
        {
            var fits = long.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) && value >= 0;
            return Integer(fits, value, out problem);
        }

        if (s_octal.IsMatch(text))
        {
            return Integer(TryOctal(text.Substring(2), out var value), value, out problem);
        }

        if (s_float.IsMatch(text))
        {
            var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(number))
            {
                problem = "the number is too large for a double";
                return null;
            }

            return new FrontMatterValue(FrontMatterKind.Double, Format(number));
        }

        if (s_date.Match(text) is { Success: true } date)
        {
            return Date(date, text, out problem);
        }

        if (s_timestamp.Match(text) is { Success: true } timestamp)
        {
            return Timestamp(timestamp, out problem);
        }

        return new FrontMatterValue(FrontMatterKind.String, text);
    }

    /// <summary>The shortest invariant text that reads back as exactly <paramref name="number"/>.</summary>
    public static string Format(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);

        // "R" is not always exact on .NET Framework, where Visual Studio may run the generator.
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).Equals(number)
            ? text
            : number.ToString("G17", CultureInfo.InvariantCulture);
    }

    private static FrontMatterValue? Integer(bool fits, long value, out string? problem)
    {
        problem = fits ? null : "the number is too large for a long";
        if (!fits)
        {
            return null;
        }

        var kind = value is >= int.MinValue and <= int.MaxValue ? FrontMatterKind.Int : FrontMatterKind.Long;
        return new FrontMatterValue(kind, value.ToString(CultureInfo.InvariantCulture));
    }

    private static bool TryOctal(string digits, out long value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (value > (long.MaxValue - 7) / 8)
            {
                return false;
            }

            value = (value * 8) + (digit - '0');
        }

        return true;
    }

    private static FrontMatterValue? Date(Match match, string text, out string? problem)
    {
        problem = null;
        if (!IsDate(Number(match, 1), Number(match, 2), Number(match, 3)))
        {
            problem = "'" + text + "' is not a date in the calendar";
            return null;
        }

        return new FrontMatterValue(FrontMatterKind.Date, text);
    }

    // YAML allows one-digit months, a space for the T and several zone forms; ISO 8601 has one of each.
    private static FrontMatterValue? Timestamp(Match match, out string? problem)
    {
        problem = null;
        int year = Number(match, 1), month = Number(match, 2), day = Number(match, 3);
        int hour = Number(match, 4), minute = Number(match, 5), second = Number(match, 6);
        if (!IsDate(year, month, day) || hour > 23 || minute > 59 || second > 59)
        {
            problem = "'" + match.Value + "' is not a time in the calendar";
            return null;
        }

        var iso = string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}T{3:D2}:{4:D2}:{5:D2}", year, month, day, hour, minute, second);
        if (match.Groups[7].Success)
        {
            iso += "." + match.Groups[7].Value;
        }

        if (match.Groups[8].Success)
        {
            iso += Zone(match.Groups[8].Value, out var valid);
            if (!valid)
            {
                problem = "'" + match.Value + "' has a time zone offset out of range";
                return null;
            }
        }

        return new FrontMatterValue(FrontMatterKind.Date, iso);
    }

    private static string Zone(string zone, out bool valid)
    {
        valid = true;
        if (zone == "Z")
        {
            return "Z";
        }

        var digits = zone.Substring(1).Replace(":", string.Empty);
        var hours = int.Parse(digits.Length <= 2 ? digits : digits.Substring(0, digits.Length - 2), CultureInfo.InvariantCulture);
        var minutes = digits.Length <= 2 ? 0 : int.Parse(digits.Substring(digits.Length - 2), CultureInfo.InvariantCulture);
        valid = hours <= 14 && minutes <= 59;
        return string.Format(CultureInfo.InvariantCulture, "{0}{1:D2}:{2:D2}", zone[0], hours, minutes);
    }

    internal static bool IsDate(int year, int month, int day)
        => year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
