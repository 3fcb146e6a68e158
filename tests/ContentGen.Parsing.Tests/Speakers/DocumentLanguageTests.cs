using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Quotes are attributed with the words of the document's language alone, once that language
/// is known: from front matter, or as the reader identifies it. Another language's words must
/// not make a speaker: German "der" is a Dutch name particle, and read with every lexicon,
/// "Mitteilung der Stadtwerke" becomes a name. Read in German, the statement is the issuer's,
/// the Stadtwerke's (an impersonal "hieß es" in a document, <see cref="DocumentIssuerTests"/>).
/// </summary>
public sealed class DocumentLanguageTests
{
    private const string Statement = "„Niemand soll im Winter im Kalten sitzen“, hieß es in einer Mitteilung der Stadtwerke.";

    private const string ShortGermanArticle = "Stadtwerke erhöhen die Preise\n\n" + Statement + "\n";

    private const string LongGermanArticle =
        "Stadtwerke erhöhen die Preise\n\n"
        + "Die Stadtwerke haben am Montag angekündigt, dass die Preise für Strom und Gas im kommenden Jahr steigen werden. "
        + "Für einen durchschnittlichen Haushalt sind das etwa 45 Euro mehr im Monat, und die Kunden werden in den nächsten Wochen informiert.\n\n"
        + Statement + "\n";

    [Fact]
    public void AGivenLanguage_PicksItsLexiconAlone()
    {
        var article = ArticleParser.Parse(ShortGermanArticle, "de");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Niemand soll im Winter im Kalten sitzen", quote.Text);
        Assert.Equal("Stadtwerke", quote.Speaker);
    }

    [Fact]
    public void TheIdentifiedLanguage_PicksItsLexicon_WhenNoneIsGiven()
    {
        var article = ArticleParser.Parse(LongGermanArticle);

        Assert.Equal("de", article.Language);
        Assert.Equal("Stadtwerke", Assert.Single(article.Quotes).Speaker);
    }

    [Fact]
    public void FrontMatterLanguage_PicksTheLexicon_OfATextTooShortToIdentify()
    {
        var article = ArticleReader.Read("stadtwerke.txt", "---\nlanguage: de\n---\n" + ShortGermanArticle);

        Assert.Equal("de", article.Language);
        Assert.Equal("Stadtwerke", Assert.Single(article.Quotes).Speaker);
    }

    [Fact]
    public void ADutchArticle_ReadsDutchNameParticles()
    {
        var article = ArticleParser.Parse(
            "Windpark krijgt groen licht\n\n“Dit is een belangrijke stap”, zei wethouder Marieke de Vries na afloop van het debat.\n",
            "nl");

        Assert.Equal("Marieke de Vries", Assert.Single(article.Quotes).Speaker);
    }
}
