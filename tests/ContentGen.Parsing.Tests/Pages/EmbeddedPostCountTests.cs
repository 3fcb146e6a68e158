using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 59 (pages): the count lines a social network's embed code prints under a post an article quotes: a count before
/// a reaction's word alone ("1 248 J'aime"), a bar of counts parted by middle dots with the post's buttons ("412 J'aime · 57
/// réponses · Copier le lien") and the link to the post's comments with their count ("Afficher les 96 commentaires"). The
/// fresh page fr-sanglier-rond-point-reseaux showed them kept, and, once the post's other fixed lines were set aside
/// (session 58, pfresh2), read as the page's headings. Probes in every language, in other words and counts than the page's.
/// </summary>
public sealed class EmbeddedPostCountTests
{
    // Language, a count alone, a count bar, a comment link.
    public static TheoryData<string, string, string, string> Counts() => new()
    {
        { "en", "2,318 likes", "1,204 likes · 86 replies · Copy link", "View all 41 comments" },
        { "fr", "3 412 J'aime", "2 310 J'aime · 134 réponses · Copier le lien", "Voir les 58 commentaires" },
        { "de", "1.874 Gefällt mir", "318 Likes · 24 Antworten · Link kopieren", "Alle 73 Kommentare anzeigen" },
        { "es", "1.540 Me gusta", "962 Me gusta · 57 respuestas · Copiar enlace", "Ver los 73 comentarios" },
        { "it", "845 Mi piace", "1.203 Mi piace · 31 risposte · Copia link", "Visualizza tutti i 73 commenti" },
        { "pt", "1.120 gostos", "2.045 curtidas · 45 respostas · Copiar link", "Ver todos os 73 comentários" },
        { "nl", "905 vind-ik-leuks", "1.422 vind-ik-leuks · 38 reacties · Link kopiëren", "Bekijk alle 73 reacties" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void APostsCountLines_AreNoParagraphs(string language, string count, string bar, string link)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], count, p[2], bar, link, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // As the fresh page prints them: the counts end the post's block right over a paragraph, and the article's own
    // subheading stands further down. The counts head nothing; the subheading heads its section.
    [Theory]
    [MemberData(nameof(Counts))]
    public void APostsCountLinesOverAParagraph_HeadNothing(string language, string count, string bar, string link)
    {
        var p = Articles.Of(language);
        var heading = Headings[language];
        var page = string.Join("\n\n", p[0], p[1], bar, p[2], count + "\n" + link, Articles.Closing(language), heading + "\n" + p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { heading }, article.Sections.Select(s => s.Heading).OfType<string>());
        Assert.Equal(new[] { p[1], p[2], Articles.Closing(language), p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    private static readonly Dictionary<string, string> Headings = new()
    {
        ["en"] = "A timetable agreed in spring",
        ["fr"] = "Un calendrier fixé au printemps",
        ["de"] = "Ein Fahrplan aus dem Frühjahr",
        ["es"] = "Un horario pactado en primavera",
        ["it"] = "Un orario deciso in primavera",
        ["pt"] = "Um horário acordado na primavera",
        ["nl"] = "Een dienstregeling uit het voorjaar",
    };

    // The article's own lines that count reactions or comments: a sentence, a heading that names no verb that shows them,
    // and a count that goes on past a reaction's word.
    [Theory]
    [InlineData("en", "Within an hour the post had 2,318 likes and 41 comments.")]
    [InlineData("en", "41 comments in a morning")]
    [InlineData("fr", "Les 58 commentaires de la consultation")]
    [InlineData("fr", "Voir les 58 commentaires déposés en mairie a pris une semaine aux élus.")]
    [InlineData("de", "1.874 Gefällt mir für ein Foto vom Rathaus")]
    [InlineData("es", "Los 73 comentarios del vecindario")]
    [InlineData("it", "Leggi i 73 commenti dei residenti alla proposta del sindaco.")]
    [InlineData("pt", "Mais de 1.120 gostos num só dia")]
    [InlineData("nl", "Alle 73 reacties van bewoners")]
    public void AnArticlesLineThatCountsReactions_StaysText(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], line + "\n" + p[2], p[3]));

        Assert.True(
            article.Paragraphs.Any(x => x.Text.Contains(line, StringComparison.Ordinal)) || article.Sections.Any(s => s.Heading == line),
            "lost: " + line);
    }
}
