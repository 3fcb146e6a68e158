using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// German capitalises its nouns, so a two-word subheading ("Lange Wartelisten", "Volle Regale") has
/// the capitals of a name ("Anna Lange"). Between two paragraphs of German prose, such a line is
/// a name only when the text beside it names that person with the same words (a portrait's caption
/// names someone of the story); otherwise it heads what follows, since in a sentence the adjective
/// would be in lower case ("lange Wartelisten"). Before, every such heading was set aside as a
/// signature. Capitals still make a name in the languages that do not capitalise nouns.
/// </summary>
public sealed class CapitalisedNounHeadingTests
{
    private const string Before =
        "Seit Montag geben die Ehrenamtlichen der Tafel Lebensmittel in einer ehemaligen Möbelhalle aus. Die Fläche ist dreimal so groß wie bisher, und erstmals gibt es einen Kühlraum.";

    private const string After =
        "Wer bei der Tafel einkaufen will, braucht einen Berechtigungsschein. Zurzeit warten rund 140 Familien auf einen Termin, sagt die Vorsitzende Gabriele Wiese.";

    private static Article Read(string line, string before = Before, string after = After)
        => ArticleParser.Parse(string.Join("\n", "Tafel zieht in größere Räume", "", before, "", line, "", after, "",
            "Die Stadt übernimmt die Miete für die ersten drei Jahre. Danach muss der Verein einen Teil selbst tragen, wie der Vorstand am Freitag mitteilte."));

    [Theory]
    [InlineData("Lange Wartelisten")]
    [InlineData("Volle Regale")]
    [InlineData("Knappe Kassen")]
    [InlineData("Neue Räume")]
    public void AGermanTwoWordLine_BetweenParagraphs_HeadsTheNextOne(string line)
    {
        var article = Read(line);

        Assert.Equal(line, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
        Assert.Empty(article.Boilerplate);
    }

    [Fact]
    public void AGermanName_TheTextBesideItNames_IsStillNoHeading()
    {
        var article = Read("Gabriele Wiese");

        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.DoesNotContain("Gabriele Wiese", article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void AnEnglishName_BetweenParagraphs_IsStillNoHeading()
    {
        var article = ArticleParser.Parse(string.Join("\n", "Food bank moves to a bigger hall", "",
            "Since Monday the volunteers of the food bank have handed out groceries in a former furniture hall. The floor is three times the size of the old one.", "",
            "Anna Lange", "",
            "Anyone who wants to shop at the food bank needs a permit. About 140 families are waiting for an appointment, the chair said on Friday.", "",
            "The town pays the rent for the first three years. After that the association must carry part of it itself, the board said."));

        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }
}
