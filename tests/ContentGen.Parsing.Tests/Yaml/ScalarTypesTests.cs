using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Yaml;

/// <summary>
/// Every spelling of the YAML 1.2 core schema's null, booleans, infinities and not-a-number, the
/// limits of int, long, octal and hexadecimal, the edges of the calendar and of zone offsets, and
/// the problem each value C# cannot hold gives, word for word.
/// </summary>
public sealed class ScalarTypesTests
{
    private const string Body = "Harbour reopens to ferries this spring\n\nThe ferries return in April.\n";

    private static FrontMatter Read(string yaml) => ArticleReader.Read("seeds/news.txt", "---\nx: " + yaml + "\n---\n" + Body).FrontMatter;

    [Theory]
    [InlineData("True", FrontMatterKind.Bool, "true")]
    [InlineData("TRUE", FrontMatterKind.Bool, "true")]
    [InlineData("false", FrontMatterKind.Bool, "false")]
    [InlineData("False", FrontMatterKind.Bool, "false")]
    [InlineData(".inf", FrontMatterKind.Double, "Infinity")]
    [InlineData(".Inf", FrontMatterKind.Double, "Infinity")]
    [InlineData(".INF", FrontMatterKind.Double, "Infinity")]
    [InlineData("+.inf", FrontMatterKind.Double, "Infinity")]
    [InlineData("+.Inf", FrontMatterKind.Double, "Infinity")]
    [InlineData("+.INF", FrontMatterKind.Double, "Infinity")]
    [InlineData("-.inf", FrontMatterKind.Double, "-Infinity")]
    [InlineData("-.Inf", FrontMatterKind.Double, "-Infinity")]
    [InlineData("-.INF", FrontMatterKind.Double, "-Infinity")]
    [InlineData(".nan", FrontMatterKind.Double, "NaN")]
    [InlineData(".NaN", FrontMatterKind.Double, "NaN")]
    [InlineData(".NAN", FrontMatterKind.Double, "NaN")]
    [InlineData("0.1", FrontMatterKind.Double, "0.1")]
    [InlineData("2147483647", FrontMatterKind.Int, "2147483647")]
    [InlineData("-2147483649", FrontMatterKind.Long, "-2147483649")]
    [InlineData("0x0", FrontMatterKind.Int, "0")]
    [InlineData("0x7FFFFFFFFFFFFFFF", FrontMatterKind.Long, "9223372036854775807")]
    [InlineData("0o777777777777777777777", FrontMatterKind.Long, "9223372036854775807")]
    [InlineData("0001-01-01", FrontMatterKind.Date, "0001-01-01")]
    [InlineData("2021-01-31", FrontMatterKind.Date, "2021-01-31")]
    [InlineData("2020-02-29", FrontMatterKind.Date, "2020-02-29")]
    [InlineData("2021-01-01 23:59:59", FrontMatterKind.Date, "2021-01-01T23:59:59")]
    [InlineData("2021-01-01T00:00:00 +05", FrontMatterKind.Date, "2021-01-01T00:00:00+05:00")]
    [InlineData("2021-01-01T00:00:00+0530", FrontMatterKind.Date, "2021-01-01T00:00:00+05:30")]
    [InlineData("2021-01-01T00:00:00-03:59", FrontMatterKind.Date, "2021-01-01T00:00:00-03:59")]
    [InlineData("2021-01-01T00:00:00+14:00", FrontMatterKind.Date, "2021-01-01T00:00:00+14:00")]
    public void Scalar_GetsItsTypeAndText_AndNoProblem(string yaml, FrontMatterKind kind, string text)
    {
        var frontMatter = Read(yaml);

        Assert.Empty(frontMatter.Problems);
        var value = Assert.Single(frontMatter.Entries).Value;
        Assert.Equal((kind, text), (value.Kind, value.Text));
    }

    [Theory]
    [InlineData("~", "it has no value (a null); C# constants need one")]
    [InlineData("null", "it has no value (a null); C# constants need one")]
    [InlineData("Null", "it has no value (a null); C# constants need one")]
    [InlineData("NULL", "it has no value (a null); C# constants need one")]
    [InlineData("9223372036854775808", "the number is too large for a long")]
    [InlineData("0x8000000000000000", "the number is too large for a long")]
    [InlineData("0x10000000000000000", "the number is too large for a long")]
    [InlineData("0o1000000000000000000000", "the number is too large for a long")]
    [InlineData("1e999", "the number is too large for a double")]
    [InlineData("2021-02-29", "'2021-02-29' is not a date in the calendar")]
    [InlineData("2021-01-32", "'2021-01-32' is not a date in the calendar")]
    [InlineData("2021-01-01 24:00:00", "'2021-01-01 24:00:00' is not a time in the calendar")]
    [InlineData("2021-01-01 23:59:60", "'2021-01-01 23:59:60' is not a time in the calendar")]
    [InlineData("2021-01-01T00:00:00+15:00", "'2021-01-01T00:00:00+15:00' has a time zone offset out of range")]
    [InlineData("2021-01-01T00:00:00+05:60", "'2021-01-01T00:00:00+05:60' has a time zone offset out of range")]
    public void ValueCSharpCannotHold_IsAProblemOnItsKey_AndNoEntry(string yaml, string detail)
    {
        var frontMatter = Read(yaml);

        Assert.Empty(frontMatter.Entries);
        var problem = Assert.Single(frontMatter.Problems);
        Assert.Equal(new FrontMatterProblem(FrontMatterProblemKind.Unsupported, "x", detail, new TextPosition(7, 2, 4), yaml.Length), problem);
    }
}
