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
}
