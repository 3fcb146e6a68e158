using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A newsroom may print its correction over the article, under the standfirst ("Korrektur: In einer früheren Version dieses
/// Artikels …"), as it prints one under it: the note is the page's. Further down, reported, quoted, or without the label,
/// the earlier version or this piece, the words are the article's.
/// </summary>
public sealed class CorrectionOverArticleTests
{
    public static TheoryData<string, string> Notes() => new()
    {
        { "en", "Correction: an earlier version of this article said the service would also run on Sundays." },
        { "fr", "Rectificatif : une version précédente de cet article indiquait que la ligne circulerait aussi le dimanche." },
        { "de", "Korrektur: In einer früheren Version dieses Artikels hieß es, die Linie fahre auch sonntags." },
        { "it", "Rettifica: in una versione precedente di questo articolo si diceva che la linea sarebbe stata attiva anche la domenica." },
        { "nl", "Correctie: in een eerdere versie van dit artikel stond dat de lijn ook op zondag zou rijden." },
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void ACorrectionUnderTheStandfirst_IsSetAside(string language, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], note, "12/03/2025 18:40", p[2], p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == note && b.Kind == BoilerplateKind.Notice);
    }

    // Reported, quoted, about another text, or past the article's opening blocks: the article's.
    [Theory]
    [InlineData("en", "Correction: an earlier version of the timetable had put the first stop beside the church, residents recalled.", 1)]
    [InlineData("de", "„Korrektur: In einer früheren Version dieses Artikels stand ein Fehler“, schrieb die Zeitung damals.", 1)]
    [InlineData("en", "Correction: an earlier version of this article said the service would also run on Sundays.", 3)]
    [InlineData("nl", "Correctie: de eerste bus vertrekt om zes uur, niet om zeven uur, meldde de vervoerder later.", 1)]
    public void TheSameWords_InTheArticle_Stay(string language, string sentence, int at)
    {
        var p = Articles.Of(language);
        var parts = new List<string> { p[1], p[2], p[3], Articles.Closing(language), "Die letzte Zeile bleibt." };
        parts.Insert(at, sentence);
        var page = string.Join("\n\n", new[] { "Menu\nSearch", p[0], "12/03/2025 18:40" }.Concat(parts.Take(5)));

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == sentence);
    }
}
