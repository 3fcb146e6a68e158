using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page that prints a press release as its sender sent it says so over it ("Le contenu ci-dessous est un communiqué
/// transmis par l'organisme concerné.", "Questo testo è stato diffuso dall'ente indicato ed è pubblicato integralmente."):
/// the editor's notice, set aside as a <see cref="BoilerplateKind.Notice"/>. The same words inside a sentence, quoted, or
/// further on in a paragraph are the article's.
/// </summary>
public sealed class ReleaseNoticeTests
{
    public static TheoryData<string, string> Notices() => new()
    {
        { "en", "The following is a press release from the organisation named. It is published without changes by the newsroom." },
        { "fr", "Le contenu ci-dessous est un communiqué transmis par l'organisme concerné. Il est publié sans modification par la rédaction." },
        { "de", "Bei diesem Text handelt es sich um eine Pressemitteilung, die unverändert veröffentlicht wird." },
        { "es", "El siguiente texto es un comunicado remitido por la entidad firmante y se publica sin cambios." },
        { "it", "Questo testo è stato diffuso dall'ente indicato ed è pubblicato integralmente." },
        { "pt", "O texto seguinte é um comunicado enviado pela entidade e é publicado sem alterações." },
        { "nl", "Onderstaande tekst is een persbericht van de genoemde organisatie en wordt ongewijzigd geplaatst." },
    };

    // An article's sentences that open on a release's subject and a verb (review, session 24): the article's, at its top
    // or in its middle.
    public static TheoryData<string, string> ArticleSentences() => new()
    {
        { "de", "Diese Pressemitteilung wird von der Opposition scharf kritisiert, weil sie wichtige Zahlen zu den Kosten verschweigt." },
        { "nl", "Dit persbericht wordt door de vakbond betwist, omdat de cijfers over de kosten volgens haar niet kloppen." },
        { "fr", "Ce communiqué est publié au lendemain de la manifestation qui a réuni deux mille personnes devant la mairie." },
        { "es", "Este comunicado se publica tras la reunión del pleno, en la que la oposición pidió conocer el coste real de las obras." },
        { "it", "Questo testo è stato diffuso ieri sera dal sindacato, che chiede di conoscere il costo reale dei lavori." },
        { "pt", "Este comunicado é publicado depois da reunião da câmara, em que a oposição pediu o custo real das obras." },
        { "en", "This press release is published a day after the protest, which drew two thousand people to the town hall." },
    };

    [Theory]
    [MemberData(nameof(ArticleSentences))]
    public void AnArticlesSentence_OnARelease_Stays(string language, string sentence)
    {
        var p = Articles.Of(language);
        var top = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", sentence, p[1], p[2], p[3], Articles.Closing(language), "© 2025");
        var middle = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", p[1], p[2], sentence, p[3], Articles.Closing(language), "© 2025");

        Assert.Contains(ArticleParser.Parse(top).Paragraphs, x => x.Text == sentence);
        Assert.Contains(ArticleParser.Parse(middle).Paragraphs, x => x.Text == sentence);
    }

    [Theory]
    [MemberData(nameof(Notices))]
    public void AReleaseNoticeOverTheText_IsSetAside(string language, string notice)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", notice, p[1], p[2], p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == notice && b.Kind == BoilerplateKind.Notice);
    }

    // Quoted, reported inside a sentence, or in a longer paragraph: the article's.
    [Theory]
    [InlineData("fr", "« Le contenu ci-dessous est un communiqué », précisait la mention que le journal a retirée depuis.")]
    [InlineData("fr", "Selon la préfecture, le contenu ci-dessous est un communiqué transmis par la mairie et publié tel quel.")]
    [InlineData("en", "The following is a press release that the council sent to every newsroom in the county on Monday, and the harbour board answered it within the hour with figures of its own, which the council has since accepted in full at a public meeting in the town hall.")]
    public void TheSameWords_InTheArticle_Stay(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "03/04/2025 10:15", p[1], sentence, p[2], p[3], Articles.Closing(language), "© 2025");

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == sentence);
    }
}
