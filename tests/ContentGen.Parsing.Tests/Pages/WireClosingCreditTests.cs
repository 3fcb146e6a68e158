using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A wire story closes on its credit in brackets ("(Reporting by Jane Roe; Editing by Tom Poe)") and a line on the
/// agency's standards ("Our Standards: …"): both leave the body, and the credit's reporter, not its editor, is the
/// author when no byline names one. A bracketed note in the story's own voice ("(This story has been corrected …)") is
/// judged as the same note without brackets. A bracket inside a paragraph, or a bracketed sentence that credits nobody,
/// stays the article's.
/// </summary>
public sealed class WireClosingCreditTests
{
    [Theory]
    [InlineData("en", "(Reporting by Helen Marsh in Port Avery; Editing by Kate Lindqvist)", "Our Standards: The Coastal Wire Principles.", "Helen Marsh")]
    [InlineData("es", "(Información de Nerea Olano; edición de Unai Ibarra)", "Nuestras normas: Los principios de Agencia Costera.", "Nerea Olano")]
    [InlineData("fr", "(Reportage Claire Aubert ; édité par Paul Girard)", "Nos valeurs : Les principes de l'agence.", "Claire Aubert")]
    [InlineData("de", "(Bericht von Lena Brandt; redigiert von Tom Vogt)", "Unsere Standards: Die Grundsätze der Agentur.", "Lena Brandt")]
    [InlineData("it", "(Servizio di Marco Neri; tradotto da Anna Costa)", "I nostri standard: I principi dell'agenzia.", "Marco Neri")]
    [InlineData("pt", "(Reportagem de Rita Valente; edição de Pedro Lobo)", "Os nossos padrões: Os princípios da agência.", "Rita Valente")]
    [InlineData("nl", "(Verslaggeving door Eva Smit; eindredactie: Joris Dam)", "Onze normen: De principes van het persbureau.", "Eva Smit")]
    public void TheCreditAndTheStandardsLine_LeaveTheBody_AndTheReporterIsTheAuthor(string language, string credit, string standards, string reporter)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Wire", "World | Business | Markets", p[0], "12/03/2024 08:15", p[1], p[2], p[3], credit, standards, "© 2024 Coastal Wire");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == credit && b.Kind == BoilerplateKind.Byline);
        Assert.Contains(article.Boilerplate, b => b.Text == standards && b.Kind == BoilerplateKind.Notice);
        Assert.Equal(reporter, article.Author);
    }

    [Theory]
    [InlineData("en", "By Sam Ellery", "(Reporting by Helen Marsh; Editing by Kate Lindqvist)")]
    [InlineData("es", "Por Luis Prado", "(Información de Nerea Olano; edición de Unai Ibarra)")]
    [InlineData("de", "Von Jana Kolb", "(Bericht von Lena Brandt; redigiert von Tom Vogt)")]
    public void ABylineOverTheArticle_StaysTheAuthor(string language, string byline, string credit)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], byline, p[1], p[2], p[3], credit);
        var article = ArticleParser.Parse(page);

        Assert.Equal(byline.Substring(byline.IndexOf(' ') + 1), article.Author);
        Assert.DoesNotContain(credit, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("(Reporting by Helen Marsh and Tom Okafor in Port Avery; Editing by Kate Lindqvist)", "Helen Marsh; Tom Okafor")]
    [InlineData("(Writing by Helen Marsh; additional reporting by Tom Okafor; Editing by Kate Lindqvist)", "Helen Marsh")]
    [InlineData("(Información de Nerea Olano y Unai Ibarra; edición de Ana Roca)", "Nerea Olano; Unai Ibarra")]
    [InlineData("(Reportagem de Rita Valente; edição de Pedro Lobo).", "Rita Valente")]
    [InlineData("(Reportage Claire Aubert, avec Julien Roche ; version française Paul Girard)", "Claire Aubert; Julien Roche")]
    [InlineData("(Bericht von Lena Brandt und Jonas von Hagen; redigiert von Tom Vogt)", "Lena Brandt; Jonas von Hagen")]
    [InlineData("(Servizio di Marco Neri; hanno collaborato Anna Costa e Paolo Riva)", "Marco Neri")]
    [InlineData("(Verslaggeving door Eva Smit en Joris van Dam; eindredactie: Sem Bakker)", "Eva Smit; Joris van Dam")]
    public void TheCreditsReporters_AreTheAuthors(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // The editor, a second reporter's credit alone, or a desk is no author.
    [Theory]
    [InlineData("(Editing by Kate Lindqvist)")]
    [InlineData("(Additional reporting by Tom Okafor; Editing by Kate Lindqvist)")]
    [InlineData("(Reporting by Coastal staff; Editing by Kate Lindqvist)")]
    [InlineData("(Edición de Ana Roca)")]
    [InlineData("(Redigiert von Tom Vogt)")]
    public void ACreditWithoutAReporter_NamesNoAuthor(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    // A bracket inside a paragraph, a bracketed sentence of the article's, a credit's words before no name: the article's.
    [Theory]
    [InlineData("en", "The two crews (reporting by radio every hour) kept the channel open until the tide turned late in the evening.")]
    [InlineData("en", "(Reporting by the local paper first drew attention to the leak, residents say.)")]
    [InlineData("es", "(La información de los vecinos llegó tarde, y el pleno no la trató hasta el martes siguiente.)")]
    [InlineData("de", "Der Verein (Bericht von der Versammlung folgt) will im Mai über den neuen Vorstand abstimmen.")]
    [InlineData("fr", "(Reportage réalisé avec les élèves du collège, qui ont suivi le chantier pendant deux mois.)")]
    public void ABracketThatCreditsNobody_Stays(string language, string last)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], last));

        Assert.Contains(last, article.Paragraphs.Select(x => x.Text));
    }

    // A standards label opening a long sentence is the article's.
    [Theory]
    [InlineData("en", "Our standards: that is what the new head of the lifeboat station wants volunteers to talk about when the season opens in May and the first crews go out.")]
    public void AStandardsLabelOverALongSentence_Stays(string language, string last)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], last));

        Assert.Contains(last, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "(This story has been corrected to fix the spelling of the harbour master's name in the third paragraph.)")]
    [InlineData("es", "(Esta noticia ha sido corregida para rectificar el nombre del puerto en el segundo párrafo.)")]
    [InlineData("de", "(Diese Meldung wurde korrigiert: Im zweiten Absatz stand zunächst ein falsches Datum.)")]
    [InlineData("it", "(Questa notizia è stata corretta nel secondo paragrafo, dove compariva una data sbagliata.)")]
    [InlineData("nl", "(Dit bericht is gecorrigeerd: in de tweede alinea stond eerst een verkeerde datum.)")]
    public void ANoteOnTheStoryInBrackets_LeavesTheBody(string language, string note)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], note));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == note && b.Kind == BoilerplateKind.Notice);
    }
}
