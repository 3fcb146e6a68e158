using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Reported speech is the article's text whatever its words: a quotation with its speaker that lost its final
/// full stop is a sentence (never a heading, a teaser or the page's footer), and an appeal's or a call's words
/// that someone is reported saying ("…, rappelle la région", "…, zei de aannemer") are no appeal of the site's.
/// </summary>
public sealed class AttributedSpeechTests
{
    [Theory]
    [InlineData("en", "\"We will not give up,\" said Martha Lane")]
    [InlineData("fr", "« On ne lâchera rien », promet Martine Lefort")]
    [InlineData("de", "„Wir geben nicht auf“, verspricht Martina Lang")]
    [InlineData("es", "«No nos rendiremos», dijo Marta León")]
    [InlineData("it", "«Non ci arrenderemo», promette Marta Leoni")]
    [InlineData("pt", "\"Não vamos desistir\", disse Marta Leal")]
    [InlineData("nl", "\"We geven niet op\", zegt Marleen Lint")]
    public void AQuotationWithItsSpeaker_StaysWhereverItStands(string language, string quote)
    {
        var paragraphs = Articles.Of(language);
        foreach (var at in new[] { 1, 3, 4 })
        {
            var body = new List<string>(paragraphs.Skip(1));
            body.Insert(at - 1, quote);
            var page = string.Join("\n\n", new[] { "Home\nNews", paragraphs[0], "12/03/2024" }.Concat(body).Append("Share\nPrivacy policy"));
            var article = ArticleParser.Parse(page);

            Assert.Contains(quote, article.Paragraphs.Select(p => p.Text));
            Assert.DoesNotContain(quote, article.Sections.Select(s => s.Heading));
        }
    }

    [Theory]
    [InlineData("« On ne lâchera rien », promet Martine Lefort", true)]
    [InlineData("\"We will not give up,\" said Martha Lane", true)]
    [InlineData("Harbour bridge to close, council says", false)] // no quotation: a headline's attribution
    [InlineData("« On ne lâchera rien »", false)]
    [InlineData("\"We will not give up,\" said Owen Hale, the trust's chairman", true)] // an apposition after the name
    [InlineData("« Nous ne lâcherons rien », promet la maire de Valmont", false)] // a headline names the office, not the person
    [InlineData("« Nous ne lâcherons rien », promet Lefort", false)] // nor the surname alone
    public void EndsOnAttribution_IsAClosedQuotationThenVerbAndTheSpeakersFullName(string line, bool expected)
        => Assert.Equal(expected, AttributedSpeech.EndsOnAttribution(line.AsSpan()));

    [Theory]
    [InlineData("en", "\"People ask us every day when they can walk out to the end again,\" said Owen Hale, the trust's chairman", "Shops and kiosks")]
    [InlineData("fr", "« On ne pouvait pas couler du béton sur des tombes », résume Hélène Brun, vice-présidente chargée des mobilités", "Des bus renforcés jusqu'à l'été")]
    [InlineData("it", "«Qui i ragazzi possono studiare anche quando a casa non c'è spazio», spiega l'assessora Rosa Lorusso", "Aperta fino a mezzanotte")]
    [InlineData("nl", "\"Voor de klanten verandert er weinig, het is maar tweehonderd meter verderop\", zegt marktmeester Henk Bos", "Minder parkeerplaatsen")]
    public void ASubheadingUnderAQuotationThatLostItsFullStop_StillHeadsItsSection(string language, string quote, string heading)
    {
        // The quotation and the subheading part the article's prose: two blocks that are no prose would end its run.
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], "12/03/2024", paragraphs[1], quote, heading, paragraphs[2], paragraphs[3],
            "More news\nFirst other story headline here\nSecond other story headline here\nThird other story headline here", "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
        Assert.Contains(quote, article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void OnADumpedPage_ASubheadingUnderAQuotationThatLostItsFullStop_HeadsItsSection()
    {
        // The invented page en-pier: the quotation with its speaker and the subheading under it part the article's
        // prose, and two blocks that are no prose in a row would end its run.
        var article = ArticleParser.Parse(EnPier);

        Assert.Equal(new[] { null, "Shops and kiosks" }, article.Sections.Select(s => s.Heading));
    }

    private const string EnPier = "Skip to main content\nThe Shoreline Echo\nNews Sport Business Opinion Weather\n\nVictorian pier to reopen after storm repairs\n\nMartha Quill\n@marthaquill\nTue 12 Mar 2024 18.05 GMT\n\nThe town's Victorian pier will reopen to the public at Easter, five months after a winter storm tore away part of its deck, the trust that runs it said on Tuesday.\n\nEngineers have replaced 40 metres of decking and two of the cast-iron columns that carry it, at a cost of about £1.2m shared between the council and the pier trust.\n\n\"People have been asking us every day when they can walk out to the end again,\" said Owen Hale, the trust's chairman\n\nShops and kiosks\n\nThe cafe at the pier head will open on the same day, but the amusement arcade will stay shut until the summer while its electrics are checked.\n\nAnglers, who lost their favourite spot during the closure, will be allowed back from May on a trial basis.\n\nAbout the author\nMartha Quill is a reporter covering the coast, tourism and the environment for the Shoreline Echo.\n\nMore from the coast\nLifeboat crew rescue two paddleboarders off the point\nBeach huts to cost more from April\nHarbour wall repairs delayed again\n\nSign up for our morning newsletter\nYour email address Sign up\n\nCopyright 2024 The Shoreline Echo. All rights reserved.\n";

    [Fact]
    public void TeaserHeadlinesQuotingAnOffice_StayTheFootersHeadlines()
    {
        var paragraphs = Articles.Of("fr");
        var page = string.Join("\n\n", "Accueil\nActualités", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3],
            "Métro B : les travaux de nuit prolongés jusqu'en avril", "« Nous ne lâcherons rien », promet la maire de Valmont",
            "Vélo'v : 500 nouvelles stations d'ici 2026", "« On attend ça depuis dix ans », confie un commerçant du quai");

        Assert.Equal(3, ArticleParser.Parse(page).Paragraphs.Count);
    }

    [Theory]
    [InlineData("fr", "Le journalisme a un coût pour les petites communes aussi, rappelle le maire.")]
    [InlineData("fr", "En vous abonnant au réseau, vous payez moins cher, rappelle la région.")]
    [InlineData("de", "Journalismus kostet Geld, sagt der Verleger des Amtsblatts, und das gelte auch hier.")]
    [InlineData("it", "Seguici sui social, chiede il comune ai cittadini per gli aggiornamenti sul cantiere.")]
    [InlineData("nl", "Volg ons op de voet, zei de aannemer lachend tegen de bewoners.")]
    public void AnAppealsWords_SomeoneIsReportedSaying_StayInTheBody(string language, string sentence)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], "12/03/2024", paragraphs[1], sentence, paragraphs[2], paragraphs[3]);

        Assert.Contains(sentence, ArticleParser.Parse(page).Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("fr", "Le journalisme a un coût. Soutenez-nous dès 1 € par mois.")]
    [InlineData("nl", "Volg ons op Facebook en Instagram.")]
    public void TheSitesOwnAppeal_IsStillSetAside(string language, string line)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], "12/03/2024", paragraphs[1], line, paragraphs[2], paragraphs[3]);

        Assert.DoesNotContain(line, ArticleParser.Parse(page).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void ACallsWords_MustEndOnAWordsEnd()
    {
        // "abbonati a" is an Italian call; "Abbonati al bus, …" opens a sentence about subscribers.
        var sentence = "Abbonati al bus, gli studenti manterranno la loro tariffa durante i lavori.";
        var paragraphs = Articles.Of("it");
        var page = string.Join("\n\n", "Home\nCronaca", paragraphs[0], "12/03/2024", paragraphs[1], sentence, paragraphs[2], paragraphs[3]);

        Assert.Contains(sentence, ArticleParser.Parse(page).Paragraphs.Select(p => p.Text));
    }
}
