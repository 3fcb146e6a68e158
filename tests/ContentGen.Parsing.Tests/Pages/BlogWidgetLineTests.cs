using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A blog platform prints its share and like widgets under the post ("Comparte esto:" over the services, "Me gusta esto:"
/// over "Me gusta Cargando..."), in every language; a tabloid closes on its tip line ("… We pay for stories."). They are
/// the page's, never the article's last paragraphs. The same words inside a sentence stay the article's.
/// </summary>
public sealed class BlogWidgetLineTests
{
    [Theory]
    [InlineData("es", "Comparte esto:\nFacebook   X   WhatsApp   Correo electrónico", "Me gusta esto:\nMe gusta Cargando...")]
    [InlineData("en", "Share this:\nFacebook   X   WhatsApp   Email", "Like this:\nLike Loading...")]
    [InlineData("fr", "Partager :\nFacebook   X   WhatsApp   E-mail", "J'aime ceci :\nJ'aime chargement…")]
    [InlineData("de", "Teilen mit:\nFacebook   X   WhatsApp   E-Mail", "Gefällt mir:\nGefällt mir Wird geladen …")]
    [InlineData("it", "Condividi:\nFacebook   X   WhatsApp   Email", "Mi piace:\nMi piace Caricamento...")]
    [InlineData("pt", "Partilhe isto:\nFacebook   X   WhatsApp   Email", "Gostar disto:\nGosto Carregando...")]
    [InlineData("nl", "Dit delen:\nFacebook   X   WhatsApp   E-mail", "Vind ik leuk:\nVind ik leuk Laden...")]
    public void ShareAndLikeWidgets_UnderThePost_AreChrome(string language, string share, string like)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nBlog\nContact", p[0], "03/03/2025", p[1], p[2], p[3], share, like, "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void ATabloidsTipLine_UnderTheArticle_IsChrome()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], "14 Sep 2025", p[1], p[2], p[3], "Got a story? Email news@clarion.example or call 0800 555 0100. We pay for stories.", "© 2025");

        Assert.Equal(new[] { p[1], p[2], p[3] }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    // The widgets' words in the article's sentences stay the article's.
    [Theory]
    [InlineData("es", "Me gusta esto, dijo la vecina mientras regaba las tomateras del huerto comunitario.")]
    [InlineData("en", "The paper said it would pay for stories from readers only after checking every detail with the council.")]
    [InlineData("de", "Gefällt mir nicht, sagte der Bürgermeister nach der Sitzung über den neuen Fahrplan der Busse.")]
    public void TheWidgetsWordsInASentence_StayTheArticles(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nBlog\nContact", p[0], "03/03/2025", p[1], sentence, p[2], p[3], "© 2025");

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == sentence);
    }
}
