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
