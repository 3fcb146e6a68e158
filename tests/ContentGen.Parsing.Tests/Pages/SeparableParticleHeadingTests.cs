using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// German and Dutch end a main clause on a separable verb's particle ("Brücke bleibt bis Ende Oktober zu", "Gemeente legt
/// dit jaar een nieuw fietspad aan"): a subheading that ends so is a whole phrase, not a sentence a dump cut off on a function
/// word. After a function word ("… bis zu", "… und sich an"), or in a language with no such particle ("… will hire an"),
/// the line still stops mid-phrase.
/// </summary>
public sealed class SeparableParticleHeadingTests
{
    private static Article Read(string language, string line)
    {
        var p = Articles.Of(language);
        return ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], line, p[3]));
    }

    [Theory]
    [InlineData("de", "Brücke bleibt bis Ende Oktober zu")]
    [InlineData("de", "Bäckerei macht im Sommer wieder auf")]
    [InlineData("de", "Stadt schafft die Gebühr für Vereine ab")]
    [InlineData("nl", "Gemeente legt dit jaar een nieuw fietspad aan")]
    [InlineData("nl", "Bibliotheek schaft de boete voor kinderen af")]
    public void ASubheadingEndingOnAParticle_HeadsItsSection(string language, string heading)
    {
        var article = Read(language, heading);

        Assert.Equal(new[] { heading }, Headings(article));
    }

    // Lines that stop mid-phrase: a particle's word after a function word, or another language's word.
    [Theory]
    [InlineData("de", "Die Linien verspäten sich um bis zu")]
    [InlineData("de", "Der Rat freut sich und schließt sich an")]
    [InlineData("en", "The council says it will soon hire an")]
    [InlineData("nl", "De gemeente wil de bussen laten rijden in")]
    public void ALineCutOffOnAFunctionWord_HeadsNothing(string language, string line)
    {
        var article = Read(language, line);

        Assert.Empty(Headings(article));
        Assert.Contains(article.Paragraphs, x => x.Text == line);
    }

    private static IEnumerable<string> Headings(Article article) => article.Sections.Select(s => s.Heading).OfType<string>();
}
