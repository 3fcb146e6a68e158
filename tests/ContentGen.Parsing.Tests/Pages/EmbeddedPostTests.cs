using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 58 (pfresh2): an article quotes a social network's post by embedding it, and the embed code prints fixed lines
/// in the page's language around the post: the link to the network ("View on X", "View this post on Instagram",
/// EmbedLabels, whole lines only), the post's credit with the account's handle in brackets ("A post shared by … (@…)",
/// EmbedCredits) and a tweet's picture link ("pic.twitter.com/…"). Main kept them as the article's paragraphs (the fresh
/// page fr-sanglier-rond-point-reseaux; probes in every language, in other words than the page's).
/// </summary>
public sealed class EmbeddedPostTests
{
    [Theory]
    [InlineData("en", "View this post on Instagram", "A post shared by Harrow Rovers FC (@harrowrovers)", "pic.twitter.com/Qm41xTz0Lp", "View on X")]
    [InlineData("fr", "Voir cette publication sur Instagram", "Une publication partagée par Les Amis du Moulin (@amisdumoulin.vaudrec)", "pic.twitter.com/Zr8PwQ2kNs", "Voir sur X")]
    [InlineData("de", "Diesen Beitrag auf Instagram ansehen", "Ein Beitrag geteilt von Freiwillige Feuerwehr Tannenfeld (@ff_tannenfeld)", "pic.twitter.com/Hk3vLm9QaB", "Auf X ansehen")]
    [InlineData("es", "Ver esta publicación en Instagram", "Una publicación compartida de Peña El Cierzo (@penaelcierzo)", "pic.twitter.com/Ua7cXn4RtE", "Ver en X")]
    [InlineData("it", "Visualizza questo post su Instagram", "Un post condiviso da Pro Loco Castelbrando (@prolococastelbrando)", "pic.twitter.com/Wd2yGh6JkM", "Visualizza su X")]
    [InlineData("pt", "Ver esta publicação no Instagram", "Uma publicação partilhada por Banda Filarmónica do Ceira (@filarmonicaceira)", "pic.twitter.com/Ob5nMe1VsC", "Ver no X")]
    [InlineData("nl", "Bekijk dit bericht op Instagram", "Een bericht gedeeld door Fanfare De Eendracht (@fanfare_eendracht)", "pic.twitter.com/Pj9kRd3WyF", "Bekijken op X")]
    public void AnEmbeddedPostsFixedLines_AreChrome(string language, string instagramLink, string credit, string picture, string xLink)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], instagramLink + "\n" + credit, p[2], picture + "\n" + xLink, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Session 59: the whole of both posts as fr-sanglier-rond-point-reseaux prints them, each block ending on the post's
    // count lines right over a paragraph, and the article's own subheading further down. With the fixed lines alone set
    // aside, the count lines ended their blocks and were read as the headings, the subheading as a paragraph; read as
    // chrome too (PostCounts), they head nothing.
    [Theory]
    [InlineData("en", "View this post on Instagram", "A post shared by Harrow Rovers FC (@harrowrovers)", "2,318 likes", "View all 41 comments", "pic.twitter.com/Qm41xTz0Lp", "1,204 likes · 86 replies · Copy link", "View on X", "A timetable agreed in spring")]
    [InlineData("fr", "Voir cette publication sur Instagram", "Une publication partagée par Les Amis du Moulin (@amisdumoulin.vaudrec)", "3 412 J'aime", "Voir les 58 commentaires", "pic.twitter.com/Zr8PwQ2kNs", "2 310 J'aime · 134 réponses · Copier le lien", "Voir sur X", "Un calendrier fixé au printemps")]
    [InlineData("de", "Diesen Beitrag auf Instagram ansehen", "Ein Beitrag geteilt von Freiwillige Feuerwehr Tannenfeld (@ff_tannenfeld)", "1.874 Gefällt mir", "Alle 73 Kommentare anzeigen", "pic.twitter.com/Hk3vLm9QaB", "318 Likes · 24 Antworten · Link kopieren", "Auf X ansehen", "Ein Fahrplan aus dem Frühjahr")]
    [InlineData("es", "Ver esta publicación en Instagram", "Una publicación compartida de Peña El Cierzo (@penaelcierzo)", "1.540 Me gusta", "Ver los 73 comentarios", "pic.twitter.com/Ua7cXn4RtE", "962 Me gusta · 57 respuestas · Copiar enlace", "Ver en X", "Un horario pactado en primavera")]
    [InlineData("it", "Visualizza questo post su Instagram", "Un post condiviso da Pro Loco Castelbrando (@prolococastelbrando)", "845 Mi piace", "Visualizza tutti i 73 commenti", "pic.twitter.com/Wd2yGh6JkM", "1.203 Mi piace · 31 risposte · Copia link", "Visualizza su X", "Un orario deciso in primavera")]
    [InlineData("pt", "Ver esta publicação no Instagram", "Uma publicação partilhada por Banda Filarmónica do Ceira (@filarmonicaceira)", "1.120 gostos", "Ver todos os 73 comentários", "pic.twitter.com/Ob5nMe1VsC", "2.045 curtidas · 45 respostas · Copiar link", "Ver no X", "Um horário acordado na primavera")]
    [InlineData("nl", "Bekijk dit bericht op Instagram", "Een bericht gedeeld door Fanfare De Eendracht (@fanfare_eendracht)", "905 vind-ik-leuks", "Bekijk alle 73 reacties", "pic.twitter.com/Pj9kRd3WyF", "1.422 vind-ik-leuks · 38 reacties · Link kopiëren", "Bekijken op X", "Een dienstregeling uit het voorjaar")]
    public void WholePostsOverParagraphs_HeadNothing_AndTheSubheadingHeads(
        string language, string instagramLink, string credit, string count, string commentLink, string picture, string bar, string xLink, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join(
            "\n\n", p[0], p[1], picture + "\n" + bar + "\n" + xLink, p[2], instagramLink + "\n" + credit + "\n" + count + "\n" + commentLink, closing, heading + "\n" + p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { heading }, article.Sections.Select(s => s.Heading).OfType<string>());
        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // An article's own sentences: one that names a network or opens with a link's words, and one that opens with a
    // credit's words but names no handle after them.
    [Theory]
    [InlineData("en", "View on X how the parade crossed the bridge: the club's clip has been watched 20,000 times.")]
    [InlineData("en", "A post shared by the fire brigade on Sunday (which drew 300 replies) asked for volunteers.")]
    [InlineData("fr", "Sur Instagram, le club a publié une photo d'archive de l'inauguration (@usbreval).")]
    [InlineData("fr", "Une publication partagée par la mairie a été vue plus de 10 000 fois (selon la commune).")]
    [InlineData("de", "Ein Beitrag geteilt von der Feuerwehr rief am Sonntag zu Spenden auf.")]
    [InlineData("es", "Ver en Instagram las fotos del desfile se ha convertido en una costumbre en el barrio.")]
    [InlineData("it", "Un post condiviso da migliaia di persone ha chiesto il ritorno del palio (@prolococastelbrando)")]
    [InlineData("nl", "Bekijk dit bericht op Instagram, schreef de burgemeester op zondag aan de inwoners.")]
    public void AnArticlesSentenceAboutAPost_StaysBody(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[3]));

        Assert.Equal(new[] { p[1], sentence, p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
