using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Page chrome shaped otherwise than the pages the rules were first written on: the agency that
/// supplied the story named under it ("Com Lusa", "Con información de la Agencia EFE."), donation and
/// subscription appeals in a site's own words, a video's duration, an agency's credit with a spaced
/// slash ("Foto ANP / Lex van Dijk"), a writer parted from the agency by a bar ("Carmen Ruiz | EFE"),
/// the job printed between name and dateline, and a call to the reader a dump wrapped over a line
/// of up to ten words, closed by the next chrome line.
/// </summary>
public sealed class SourceNoticeAndCreditTests
{
    [Theory]
    [InlineData("pt", "Com Lusa")]
    [InlineData("es", "Con información de la Agencia EFE.")]
    [InlineData("de", "Mit Material von dpa")]
    [InlineData("it", "Con informazioni di Ansa")]
    [InlineData("nl", "Met informatie van ANP")]
    [InlineData("en", "With reporting from Reuters")]
    [InlineData("fr", "Avec l'AFP")]
    public void WhoSuppliedTheStory_UnderIt_IsSetAside(string language, string notice)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], notice));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == notice);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    [Theory]
    [InlineData("fr", "Cet article vous a été utile ? Le Petit Gardois est un média indépendant, sans publicité, financé uniquement par ses lecteurs. Pour continuer à enquêter, nous avons besoin de vous.")]
    [InlineData("en", "Local journalism matters more than ever. If you value our reporting, please consider making a contribution. Every pound helps.")]
    [InlineData("en", "This article was written by a Local Democracy Reporter, funded by the BBC and written by a journalist from the Dales Observer.")]
    [InlineData("es", "El periodismo de calidad cuesta dinero. Si quieres que sigamos contando lo que pasa en tu ciudad, hazte socio desde 3 euros al mes.")]
    [InlineData("de", "Unterstützen Sie unabhängigen Lokaljournalismus: Schon ab 1 Euro im Monat lesen Sie alle Artikel auf unserer Seite.")]
    [InlineData("it", "Sostieni l'informazione locale: con un euro al mese leggi tutti gli articoli del giornale.")]
    [InlineData("pt", "Faça uma assinatura do Correio do Douro e tenha acesso a todos os conteúdos do jornal.")]
    [InlineData("nl", "Steun onafhankelijke journalistiek in de regio en lees alle artikelen voor een euro per maand.")]
    public void AnAppealInTheSitesOwnWords_IsSetAside(string language, string appeal)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], appeal));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == appeal);
    }

    [Theory]
    [InlineData("fr", "Les bénévoles ont expliqué que le festival était financé par ses lecteurs les plus fidèles, une première pour une revue locale.")]
    [InlineData("en", "Residents were asked to make a contribution to the repair fund, which has raised more than half of what it needs.")]
    public void AnArticlesSentenceNearAnAppealsWords_Stays(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("fr", "Durée de la vidéo : 2 min 14")]
    [InlineData("fr", "Durée : 1 min 50")]
    [InlineData("en", "Duration: 3 min")]
    [InlineData("es", "Duración: 2 minutos")]
    [InlineData("it", "Durata: 4 minuti")]
    public void AVideosDuration_IsSetAside(string language, string duration)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], duration, p[2], p[3]));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == duration);
    }

    [Theory]
    [InlineData("nl", "Graafmachines aan het werk op de dijk bij Kruiningen. Foto ANP / Lex van Dijk")]
    [InlineData("en", "Crew members wave from the car deck at the harbour. Photo PA / John Smith")]
    public void ACaptionEndingOnAnAgencyBeforeASpacedSlash_IsACaption(string language, string caption)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], caption, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == caption && b.Kind == BoilerplateKind.Caption);
    }

    [Theory]
    [InlineData("Carmen Ruiz | EFE", "Carmen Ruiz")]
    [InlineData("Jan de Boer | ANP", "Jan de Boer")]
    public void AWriterBeforeABarAndTheAgency_IsTheAuthor(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Sport | Football")]
    [InlineData("Harbour plan approved | Coastal Gazette")]
    [InlineData("Carmen Ruiz | 22.08.2024 | EFE")]
    public void ABarBeforeOtherWords_GivesNoCredit(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("en", "Tom Hargreaves\nLocal Democracy Reporter\nThursday 7 November 2024, 6:00 am", "Tom Hargreaves")]
    [InlineData("nl", "Pieter Bakker\nVerslaggever Oost-Zeeland\n21 februari 2024, 14:05", "Pieter Bakker")]
    public void AJobBetweenNameAndDateline_LeavesTheNameTheAuthors(string language, string lines, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], lines, p[1], p[2], p[3]));

        Assert.Equal(author, article.Author);
    }

    [Fact]
    public void WrittenBy_InFrench_IsABylineNotTheHeadline()
    {
        var p = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Aller au contenu principal\nMenu", p[0], "Écrit par Nolwenn Le Goff et Erwan Tanguy\nPublié le 14/12/2023 à 19h32", p[1], p[2], p[3]));

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Nolwenn Le Goff; Erwan Tanguy", article.Author);
    }

    // The call's end runs to ten words, and the next chrome line closes its group as a blank line does.
    [Theory]
    [InlineData("de", "Unterstützen Sie unabhängigen Lokaljournalismus: Schon ab 1 Euro im", "Monat lesen Sie alle Artikel auf unserer Seite.", "Jetzt abonnieren")]
    [InlineData("pt", "Apoie o jornalismo independente. Faça uma assinatura do Correio do", "Douro e tenha acesso a todos os conteúdos.", "Assine já")]
    public void ACallsEnd_OverTheNextChromeLine_GoesWithTheCall(string language, string call, string runOn, string button)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], call + "\n" + runOn + "\n" + button));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == runOn);
    }
}
