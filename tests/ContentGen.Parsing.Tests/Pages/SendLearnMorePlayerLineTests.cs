using System;
using System.Linq;
using ContentGen.Parsing;
using Xunit;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 53's fresh pages: a share bar's send button ("Enviar por WhatsApp"), a "learn more" link ("Saiba mais: …
/// (PDF, 820 KB)"), a media player's state line ("Lecture en cours...") are the page's chrome in every language; an
/// office's details parted by a bar under the last sentence ("… : mail | phone") are the article's practical line.
/// </summary>
public sealed class SendLearnMorePlayerLineTests
{
    [Theory]
    [InlineData("en", "Share on Facebook\nShare on X\nSend by email")]
    [InlineData("fr", "Partager sur Facebook\nPartager sur X\nEnvoyer par e-mail")]
    [InlineData("de", "Auf Facebook teilen\nAuf X teilen\nPer E-Mail senden")]
    [InlineData("es", "Compartir en Facebook\nCompartir en X\nEnviar por WhatsApp")]
    [InlineData("it", "Condividi su Facebook\nCondividi su X\nInvia per email")]
    [InlineData("pt", "Partilhar no Facebook\nPartilhar no X\nEnviar por e-mail")]
    [InlineData("nl", "Delen op Facebook\nDelen op X\nVerstuur via WhatsApp")]
    public void ASendButtonUnderAShareBar_HeadsNothing(string language, string bar)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nCulture", p[0], "Ana Gil\n12/03/2025 11:40", bar, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The verb before a word no menu prints (sending by train) heads its section.
    [Theory]
    [InlineData("es", "Enviar por tren")]
    [InlineData("en", "Send in the volunteers")]
    public void TheSendVerbBeforeAnyOtherWord_StillHeadsItsSection(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], heading, p[2], p[3]);

        Assert.Contains(ArticleParser.Parse(page).Sections, s => s.Heading == heading);
    }

    [Theory]
    [InlineData("en", "Find out more: Guide to the new bus routes (PDF, 820 KB)")]
    [InlineData("fr", "En savoir plus : Guide des nouvelles lignes (PDF, 820 Ko)")]
    [InlineData("de", "Mehr erfahren: Der neue Fahrplan im Überblick")]
    [InlineData("es", "Saber más: Guía de las nuevas líneas (PDF, 820 KB)")]
    [InlineData("it", "Per saperne di più: Guida alle nuove linee (PDF, 820 KB)")]
    [InlineData("pt", "Saiba mais: Regulamento das novas linhas (PDF, 820 KB)")]
    [InlineData("nl", "Meer weten: De nieuwe dienstregeling op een rij")]
    public void ALearnMoreLinkBetweenParagraphs_IsThePages(string language, string link)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nCulture", p[0], "12/03/2025 11:40", p[1], p[2], link, p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == link);
        Assert.DoesNotContain(article.Sections, s => s.Heading == link);
        Assert.Contains(article.Paragraphs, x => x.Text == p[3]);
    }

    // The lead going on into the article's own sentence in lower case is the article's.
    [Fact]
    public void ALearnMoreLeadOpeningASentence_IsTheArticles()
    {
        var p = Articles.Of("pt");
        const string line = "Saiba mais: a câmara recebe as candidaturas até ao fim de janeiro, no balcão único.";
        var page = string.Join("\n\n", "Home\nNews\nSport\nCulture", p[0], "12/03/2025 11:40", p[1], p[2], line, p[3], Articles.Closing("pt"), "© 2025");

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == line);
    }

    [Theory]
    [InlineData("en", "Now playing")]
    [InlineData("fr", "Lecture en cours...")]
    [InlineData("de", "Video wird geladen...")]
    [InlineData("es", "Cargando vídeo...")]
    [InlineData("it", "Caricamento video...")]
    [InlineData("pt", "A carregar vídeo...")]
    [InlineData("nl", "Video wordt geladen...")]
    public void APlayersStateLineBetweenParagraphs_HeadsNothing(string language, string state)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nCulture", p[0], "12/03/2025 11:40", p[1], p[2], state, p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == state);
    }

    // A heading that opens on a player's words and goes on is the article's.
    [Fact]
    public void AHeadingOpeningOnAPlayersWords_StillHeadsItsSection()
    {
        var p = Articles.Of("fr");
        const string heading = "Lecture en cours dans les écoles";
        var page = string.Join("\n\n", p[0], p[1], heading, p[2], p[3]);

        Assert.Contains(ArticleParser.Parse(page).Sections, s => s.Heading == heading);
    }

    [Theory]
    [InlineData("pt", "Mais informações: urbanismo@cm-exemplo.pt | 256 000 412")]
    [InlineData("en", "For more information: planning@valley.example | 01234 567890")]
    public void AnInfoLineWithItsContactsPartedByABar_IsTheArticles(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "14/03/2025 06:00", p[1], p[2], p[3], Articles.Closing(language), line, "Share\nFacebook", "© 2025");

        Assert.Equal(line, ArticleParser.Parse(page).Paragraphs[^1].Text);
    }

    // A bar that parts a contact from a footer's link is the footer's.
    [Theory]
    [InlineData("More information: info@valley.example | Privacy policy")]
    [InlineData("Mais informações: Política de privacidade | 256 000 412")]
    public void AContactBesideAFootersLink_IsNoInfoLine(string line) => Assert.False(ContentGen.Parsing.Structure.PracticalLines.IsInfoLine(line.AsSpan()));
}
