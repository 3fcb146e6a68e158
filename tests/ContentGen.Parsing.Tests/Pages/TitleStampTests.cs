using ContentGen.Parsing;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dateline or a byline printed right under the headline with no blank line between is the page's stamp, read from the
/// title's own group: the title is the headline alone, and the stamp dates or signs the page. A headline that runs on into
/// a date or a name (its line ends on a function word of the page's language, a colon or a comma) keeps it; a name alone
/// under the headline, with no date under it, stays the headline's.
/// </summary>
public sealed class TitleStampTests
{
    public static TheoryData<string, string, string?, string?> Stamps() => new()
    {
        { "en", "12 March 2024", null, "2024-03-12" },
        { "fr", "Publié le 12/03/2024 à 18h05", null, "2024-03-12T18:05" },
        { "de", "12.03.2024, 18:05 Uhr", null, "2024-03-12T18:05" },
        { "es", "12 de marzo de 2024", null, "2024-03-12" },
        { "it", "di Marco Rossi", "Marco Rossi", null },
        { "nl", "Door Pieter de Vries", "Pieter de Vries", null },
        { "pt", "12 de março de 2024", null, "2024-03-12" },
        { "de", "Jürgen Albers\nStand: 12.03.2024, 18:05 Uhr", "Jürgen Albers", "2024-03-12T18:05" },
        { "it", "Marco Rossi\n12 marzo 2024", "Marco Rossi", "2024-03-12" },
    };

    [Theory]
    [MemberData(nameof(Stamps))]
    public void AStampGluedUnderTheHeadline_IsThePages(string language, string stamp, string? author, string? date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0] + "\n" + stamp, p[1], p[2], p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        if (author is not null)
        {
            Assert.Equal(author, article.Author);
        }

        if (date is not null)
        {
            Assert.Equal(date, article.Published);
        }
    }

    // A headline that runs on into its date or its name, in the page's language, keeps it (read on the title's group
    // alone: a long headline over a short date is printed as one group); so does one over a name alone, with no date.
    [Theory]
    [InlineData("en", "Ferry timetable suspended until\n12 March 2024")]
    [InlineData("de", "Fährverkehr ruht bis zum\n12. März 2024")]
    [InlineData("it", "Il porto resta chiuso dal\n12 marzo 2024")]
    [InlineData("fr", "Le port restera fermé jusqu'au :\n12 mars 2024")]
    [InlineData("en", "Harbour hails its new ferry chief\nJane Roe")]
    [InlineData("en", "In conversation with\nBy the harbour master")]
    [InlineData("fr", "Interview de la ministre sur le plan de bus de nuit, à\nRadio Estuaire le 3 mars 2023, sur les lignes et les tarifs")]
    [InlineData("de", "Keine Züge mehr auf der Küstenlinie seit\n12. März 2024")]
    [InlineData("fr", "Plus aucun train sur la ligne côtière depuis\n12 mars 2024")]
    [InlineData("nl", "Geen treinen meer op de kustlijn sinds\n12 maart 2024")]
    [InlineData("en", "No trains on the coast line since\n12 March 2024")]
    [InlineData("es", "Sin trenes en la línea de la costa desde\n12 de marzo de 2024")]
    public void AHeadlineThatRunsOn_KeepsItsLine(string language, string group)
        => Assert.Equal(0, TitleStamps.StampLines(Block(group), null, () => language));

    [Theory]
    [InlineData("en", "Harbour council approves new ferry terminal\n12 March 2024", 1)]
    [InlineData("en", "Old harbour traditions refuse to die\n12 March 2024", 1)]
    [InlineData("de", "Stadtrat beschließt Bau eines neuen Fährterminals\nJürgen Albers\nStand: 12.03.2024, 18:05 Uhr", 2)]
    [InlineData("it", "Il consiglio approva il nuovo terminal dei traghetti\ndi Marco Rossi", 1)]
    public void AStampUnderTheHeadline_IsCounted(string language, string group, int stamps)
        => Assert.Equal(stamps, TitleStamps.StampLines(Block(group), null, () => language));

    // "die" is German's function word, not English's: on a page in an unknown language any language's counts.
    [Fact]
    public void AnUnknownLanguage_CountsEveryLanguagesFunctionWords()
        => Assert.Equal(0, TitleStamps.StampLines(Block("Old harbour traditions refuse to die\n12 March 2024"), null, () => null));

    private static TextBlock Block(string text) => new(SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToList());
}
