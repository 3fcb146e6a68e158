using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An article's last paragraph may end on a quote, closed as its language closes one: German „…“
/// and »…«, Swiss «…», single ‚…‘ and ‘…’. A full stop inside the closing mark still ends a
/// sentence, so the paragraph is the article's text, not a footer cut from its end.
/// </summary>
public sealed class ClosingQuoteParagraphTests
{
    public static TheoryData<string, string> LastParagraphs() => new()
    {
        { "de", "Der 58-Jährige hofft noch auf eine Einigung: „Aufgeben ist keine Option.“" },
        { "de", "Die Kapitänin bleibt gelassen: »Wir fahren, solange das Wetter hält.«" },
        { "de", "Der Wirt winkt ab: ‚Das haben wir schon oft gehört.‘" },
        { "de", "Die Gemeinde bleibt bei ihrer Linie: «Eine Ausnahme wird es nicht geben.»" },
        { "nl", "De schipper haalt zijn schouders op. ‘We varen gewoon door.’" },
        { "en", "The skipper shrugged. “We sail on.”" },
    };

    [Theory]
    [MemberData(nameof(LastParagraphs))]
    public void LastParagraphEndingOnAClosedQuote_StaysInTheBody(string language, string last)
    {
        var paragraphs = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs.Append(last)));

        Assert.Equal(paragraphs.Skip(1).Append(last), article.Paragraphs.Select(p => p.Text));
        Assert.Empty(article.Boilerplate);
    }

    // The closing marks end a sentence only after its stop: a subheading that ends on words it
    // quotes between them ("Streit um den »Neubau«") still heads the section under it.
    [Theory]
    [InlineData("Streit um den „Neubau“")]
    [InlineData("Streit um den »Neubau«")]
    [InlineData("Streit um den ‚Neubau‘")]
    public void ASubheadingEndingOnQuotedWords_StillHeadsItsSection(string heading)
    {
        var paragraphs = Articles.Of("de");
        var article = ArticleParser.Parse(string.Join("\n\n", new[] { paragraphs[0], paragraphs[1], heading }.Concat(paragraphs.Skip(2))));

        Assert.Equal(heading, Assert.Single(article.Sections, section => section.Heading is not null).Heading);
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text == heading);
    }
}
