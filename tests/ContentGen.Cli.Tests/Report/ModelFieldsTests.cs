using ContentGen.Cli.Report;
using ContentGen.Parsing;

namespace ContentGen.Cli.Tests.Report;

/// <summary>
/// Values the article model may gain (author, date, language) show up on the page without a change
/// to the report; a stand-in record plays the future model here.
/// </summary>
public sealed class ModelFieldsTests
{
    private static readonly HashSet<string> s_none = new(StringComparer.Ordinal);

    [Fact]
    public void PlainValues_AreShownInDeclarationOrder_NullsLeftOut()
    {
        var model = new FutureArticle("Ferries return", null, "Anna Berg", new TextPosition(40, 3, 1), new DateTime(2023, 3, 14), "en", ["Anna Berg", "Jon Berg"], new Nested("x"));

        var fields = ModelFields.Of(model, s_none);

        Assert.Equal(
            [
                new ModelField("Title", "Ferries return"),
                new ModelField("Author", "Anna Berg"),
                new ModelField("Date", "2023-03-14"),
                new ModelField("Language", "en"),
                new ModelField("Speakers", "Anna Berg; Jon Berg"),
            ],
            fields);
    }

    [Fact]
    public void ValueWithAPosition_MarksItsLine()
    {
        var model = new FutureArticle("Ferries return", null, "Anna Berg", new TextPosition(40, 3, 1), null, null, [], new Nested("x"));

        var lines = ModelFields.Lines(model, ModelFields.Of(model, s_none));

        Assert.Equal("Author", Assert.Single(lines, l => l.Key == 3).Value);
    }

    [Fact]
    public void SkippedProperties_AreNotShown()
    {
        var model = new FutureArticle("Ferries return", "Site", null, default, null, null, [], new Nested("x"));

        var fields = ModelFields.Of(model, new HashSet<string>(StringComparer.Ordinal) { "Source" });

        Assert.Equal([new ModelField("Title", "Ferries return")], fields);
    }

    private sealed record Nested(string Value);

    private sealed record FutureArticle(string Title, string? Source, string? Author, TextPosition AuthorPosition, DateTime? Date, string? Language, string[] Speakers, Nested Extra);
}
