using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Writers' names in shapes without a byline's word: a box under the article whose label stands alone over the
/// name ("The team" / "Martha Quill" / "Presenter", "Über die Autorin" / "Hanna Koch"), and a name alone right
/// over the article's first paragraphs, under a photo's caption, as some templates print it.
/// </summary>
public sealed class AuthorBoxShapeTests
{
    [Theory]
    [InlineData("en", "The team", "Martha Quill", "Presenter")]
    [InlineData("fr", "L'équipe", "Odile Ferrand", "Réalisation")]
    [InlineData("de", "Über die Autorin", "Hanna Koch", "")]
    [InlineData("es", "El equipo", "Inés Calvo", "Presentación")]
    [InlineData("it", "L'autrice", "Elisa Bruni", "")]
    [InlineData("pt", "A equipa", "Tiago Serra", "Apresentação")]
    [InlineData("nl", "Over de auteur", "Roos van Dam", "")]
    public void ABoxsLabelAloneOverAName_NamesTheWriter(string language, string label, string name, string part)
    {
        var paragraphs = Articles.Of(language);
        var box = (label + "\n" + name + "\n" + part).Trim();
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], box, "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(name, article.Author);
        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("en", "The team", "The volunteers will repaint the shelter before the summer season begins.")]
    [InlineData("fr", "L'équipe", "Les bénévoles repeindront l'abri avant le début de la saison d'été.")]
    public void ABoxsLabelOverASentence_NamesNoOne(string language, string label, string sentence)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], label + "\n" + sentence, "Share\nPrivacy policy");

        Assert.Null(ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("en", "Photo: the new buses at the depot.", "MARTHA QUILL")]
    [InlineData("fr", "Photo d'illustration.", "ODILE FERRAND")]
    [InlineData("es", "Foto: los nuevos autobuses en la cochera.", "INÉS CALVO")]
    [InlineData("it", "Foto: i nuovi autobus nel deposito.", "ELISA BRUNI")]
    [InlineData("pt", "Foto: os novos autocarros na garagem.", "TIAGO SERRA")]
    [InlineData("nl", "Foto: de nieuwe bussen in de stalling.", "ROOS VAN DAM")]
    public void ANameInCapitalsAloneOverTheFirstParagraphs_UnderACaption_IsTheWriter(string language, string caption, string name)
    {
        var paragraphs = Articles.Of(language);
        var standfirst = Articles.Closing(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", standfirst, caption, name, paragraphs[1], paragraphs[2], paragraphs[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], name), (article.Title, article.Author));
        Assert.Equal(new[] { standfirst, paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }

    // In title case there, a line is as often a label, a place or a subheading as a name.
    [Theory]
    [InlineData("en", "Photo: the new buses at the depot.", "Audio Version Available")]
    [InlineData("en", "Photo: the new buses at the depot.", "North Harbour")]
    [InlineData("de", "Foto: Die neuen Busse im Depot.", "Neuer Anleger")]
    [InlineData("nl", "Foto: de nieuwe bussen in de stalling.", "Nieuwe Steiger")]
    public void ATitleCaseLineOverTheFirstParagraphs_UnderACaption_IsNoWriter(string language, string caption, string line)
    {
        var paragraphs = Articles.Of(language);
        var standfirst = Articles.Closing(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", standfirst, caption, line, paragraphs[1], paragraphs[2], paragraphs[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
        Assert.DoesNotContain(article.Boilerplate, item => item.Text == line && item.Kind == BoilerplateKind.Byline);
    }

    [Fact]
    public void ANameAloneFurtherDown_BetweenLaterParagraphs_IsNoWriter()
    {
        // A portrait's caption deep in the article names someone it shows, not who wrote it.
        var paragraphs = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", Articles.Closing("en"), paragraphs[1], paragraphs[2], "Martha Quill", paragraphs[3], "Share\nPrivacy policy");

        Assert.Null(ArticleParser.Parse(page).Author);
    }
}
