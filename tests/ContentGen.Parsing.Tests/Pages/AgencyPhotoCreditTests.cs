using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Each language's photo credit with its agency's name, printed between the article's paragraphs,
/// is a caption: set aside, and the paragraphs on both sides stay whole.
/// </summary>
public sealed class AgencyPhotoCreditTests
{
    [Theory]
    [InlineData("en", "Photo: Jane Roe / Reuters")]
    [InlineData("fr", "Photo : Kevin Morvan / AFP")]
    [InlineData("de", "Foto: Jonas Weber / dpa")]
    [InlineData("es", "Fotografía: Ana Gil / EFE")]
    [InlineData("it", "Foto di Marco Rinaldi (ANSA)")]
    [InlineData("pt", "Fotografia: Rui Ferreira / Lusa")]
    [InlineData("nl", "Beeld: Sanne de Vries / ANP")]
    public void AnAgencysPhotoCredit_BetweenParagraphs_IsACaption(string language, string credit)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], credit, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == credit && b.Kind == BoilerplateKind.Caption);
    }

    // A caption that ends on its credit without a colon: the credit word, the agency, a slash, the photographer.
    [Theory]
    [InlineData("en", "Volunteers load the first night bus at the depot on Monday. Photo PA/ John Smith")]
    [InlineData("fr", "Des bénévoles chargent le premier bus de nuit au dépôt, lundi. Photo Sipa/ Paul ROCHE")]
    [InlineData("de", "Freiwillige beladen am Montag den ersten Nachtbus im Depot. Foto dpa/ Jonas Weber")]
    [InlineData("es", "Voluntarios cargan el primer autobús nocturno en la cochera, el lunes. Foto EFE/ Ana Gil")]
    [InlineData("it", "Alcuni volontari caricano il primo autobus notturno al deposito, lunedì. Foto Ansa/ Marco Rinaldi")]
    [InlineData("pt", "Voluntários carregam o primeiro autocarro noturno no depósito, na segunda-feira. Foto Lusa/ Rui Ferreira")]
    [InlineData("nl", "Vrijwilligers laden maandag de eerste nachtbus in het depot. Foto ANP/ Sanne de Vries")]
    public void ACaptionEndingOnItsAgencyCredit_IsACaption(string language, string caption)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], caption, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == caption && b.Kind == BoilerplateKind.Caption);
    }

    // A photographer's name alone after the credit word, with no agency: "… depuis trente ans. Photo Marc Le Guen".
    [Theory]
    [InlineData("en", "Volunteers load the first night bus at the depot on Monday. Photo John Smith")]
    [InlineData("fr", "Le pont de Saint-Aubin, construit en 1962, n'avait pas connu de gros travaux depuis trente ans. Photo Marc Le Guen")]
    [InlineData("de", "Freiwillige beladen am Montag den ersten Nachtbus im Depot. Foto Jonas Weber")]
    public void ACaptionEndingOnItsPhotographer_IsACaption(string language, string caption)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], caption, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == caption && b.Kind == BoilerplateKind.Caption);
    }

    [Theory]
    [InlineData("en", "The club's photo and/or video archive will move to the library next year, the council said.")]
    [InlineData("en", "The new bus runs 24/7 from April, said Photo Club chair Anna Berg.")]
    [InlineData("en", "The exhibition opens in May. Photo Club members will show their work in the main hall")]
    public void ASentenceWithAPhotoAndASlash_Stays(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]));

        Assert.Contains(paragraph, article.Paragraphs.Select(x => x.Text));
    }
}
