using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Blogs, guides and town halls head a section with a short line ending on a colon ("Where to park:",
/// "Orari e tariffe:"), set apart by blank lines between paragraphs. It is a heading; a line that opens a
/// quotation ("The mayor added:") or the paragraph glued under it stays the article's text, and so do a
/// programme's short lines printed under such a line at the article's end, and that line too: over a list
/// it may as well open a sentence ("The programme is as follows:").
/// </summary>
public sealed class ColonHeadingTests
{
    public static TheoryData<string, string> ColonHeadings() => new()
    {
        { "en", "Where to park:" },
        { "fr", "Où se garer :" },
        { "de", "So kommen Sie hin:" },
        { "es", "Dónde aparcar:" },
        { "it", "Orari di apertura:" },
        { "pt", "Onde estacionar:" },
        { "nl", "Zo kom je er:" },
    };

    private static string FirstHeading(string language) => language switch
    {
        "en" => "Where to park:",
        "fr" => "Où se garer :",
        "de" => "So kommen Sie hin:",
        "es" => "Dónde aparcar:",
        "it" => "Orari di apertura:",
        "pt" => "Onde estacionar:",
        _ => "Zo kom je er:",
    };

    // A guide prints its colon headings as a series: a second one on the page.
    private static string SecondHeading(string language) => language switch
    {
        "en" => "Where to eat:",
        "fr" => "Où manger :",
        "de" => "Wo man isst:",
        "es" => "Dónde comer:",
        "it" => "Prezzi dei biglietti:",
        "pt" => "Onde comer:",
        _ => "Waar eet je:",
    };

    // Lead-ins that open a sentence's point, a speaker's turn or an answer, alone on a page (review s15, item 3).
    public static TheoryData<string, string> LoneLeads() => new()
    {
        { "en", "He went on:" },
        { "en", "Three things stand out:" },
        { "fr", "La raison est simple :" },
        { "fr", "Sa réponse :" },
        { "fr", "Le maire :" },
        { "de", "Sie fügte hinzu:" },
        { "de", "Der Grund ist einfach:" },
        { "de", "Seine Antwort:" },
        { "es", "La razón es sencilla:" },
        { "es", "Su respuesta:" },
        { "it", "Il motivo è semplice:" },
        { "pt", "A razão é simples:" },
        { "pt", "A resposta dele:" },
        { "nl", "Hij vervolgde:" },
        { "nl", "De reden is simpel:" },
        { "nl", "Zijn antwoord:" },
    };

    // A copula or a possessive makes a lead-in even on a page with a series of colon headings.
    public static TheoryData<string, string> LeadsInASeries() => new()
    {
        { "en", "The answer is simple:" },
        { "fr", "Sa réponse :" },
        { "de", "Der Grund ist einfach:" },
        { "es", "Su respuesta:" },
        { "nl", "De reden is simpel:" },
    };

    public static TheoryData<string, string> QuotationLeads() => new()
    {
        { "en", "The mayor added:" },
        { "fr", "Le maire a ajouté :" },
        { "de", "Der Bürgermeister sagte:" },
        { "es", "El alcalde añadió:" },
        { "it", "Il sindaco ha dichiarato:" },
        { "pt", "O presidente da câmara disse:" },
        { "nl", "De burgemeester zei:" },
    };

    // A list's announcement, a source, a speaker's name: each opens the paragraph under it.
    public static TheoryData<string, string> Openers() => new()
    {
        { "fr", "Les horaires retenus sont les suivants :" },
        { "de", "Laut Stadtverwaltung:" },
        { "es", "Según la concejala:" },
        { "it", "Marco Bellini:" },
        { "nl", "De wijzigingen zijn de volgende:" },
        { "en", "According to the council:" },
    };

    public static TheoryData<string, string, string[]> Programmes() => new()
    {
        { "en", "The day's programme:", new[] { "10 am: opening by the mayor", "2 pm: stories for children", "4 pm: concert by the school band" } },
        { "fr", "Le programme de la journée :", new[] { "10 h : ouverture par le maire", "14 h : contes pour les enfants", "16 h : concert de la fanfare" } },
        { "de", "Das Programm am Samstag:", new[] { "10 Uhr: Eröffnung durch die Bürgermeisterin", "14 Uhr: Lesung für Kinder", "16 Uhr: Konzert der Schulband" } },
        { "es", "El programa del día:", new[] { "10.00: apertura a cargo de la alcaldesa", "14.00: cuentos para los niños", "16.00: concierto de la banda" } },
        { "it", "Il programma della giornata:", new[] { "Ore 10: apertura con il sindaco", "Ore 14: letture per i bambini", "Ore 16: concerto della banda" } },
        { "pt", "O programa do dia:", new[] { "10h00: abertura com a presidente", "14h00: contos para as crianças", "16h00: concerto da banda" } },
        { "nl", "Het programma van de dag:", new[] { "10.00 uur: opening door de burgemeester", "14.00 uur: voorlezen voor kinderen", "16.00 uur: concert van de harmonie" } },
    };

    [Theory]
    [MemberData(nameof(ColonHeadings))]
    public void AShortLineEndingOnAColon_BetweenParagraphs_IsAHeading(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], heading, p[3], SecondHeading(language), Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
        Assert.Contains(SecondHeading(language), article.Sections.Select(s => s.Heading));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // One colon line on a page, a heading's shape or a lead-in's, is no series: it stays a paragraph.
    [Theory]
    [MemberData(nameof(ColonHeadings))]
    [MemberData(nameof(LoneLeads))]
    public void AColonLineWithNoOtherOnThePage_StaysAParagraph(string language, string lead)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], lead, p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Equal(new[] { p[1], p[2], lead, p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(LeadsInASeries))]
    public void ALeadInOnAPageWithColonHeadings_StaysAParagraph(string language, string lead)
    {
        var p = Articles.Of(language);
        var heading = FirstHeading(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], heading, p[2], lead, p[3], SecondHeading(language), Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Contains(lead, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
    }

    [Theory]
    [MemberData(nameof(QuotationLeads))]
    public void ALineThatOpensAQuotation_StaysAParagraph(string language, string lead)
    {
        var p = Articles.Of(language);
        var quote = "\"" + p[3] + "\"";
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], lead, quote, Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Contains(lead, article.Paragraphs.Select(x => x.Text));
    }

    // The quotation under the lead printed without marks, on a page whose colon headings make a series: only the
    // reporting verb keeps the lead a paragraph (review s15, item 6).
    [Theory]
    [MemberData(nameof(QuotationLeads))]
    public void ALineThatOpensAnUnmarkedQuotation_OnAPageWithColonHeadings_StaysAParagraph(string language, string lead)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], FirstHeading(language), p[2], lead, p[3], SecondHeading(language), Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Contains(lead, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(FirstHeading(language), article.Sections.Select(s => s.Heading));
    }

    [Theory]
    [MemberData(nameof(Openers))]
    public void ALineThatAnnouncesASourceOrAListOrNamesASpeaker_StaysAParagraph(string language, string lead)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], lead, p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Contains(lead, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(ColonHeadings))]
    public void AColonLineGluedToTheParagraphUnderIt_IsNoHeading(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], heading + "\n" + p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(heading, article.Sections.Select(s => s.Heading));
    }

    [Theory]
    [MemberData(nameof(Programmes))]
    public void AProgrammeUnderAColonHeading_AtTheArticlesEnd_StaysTheArticles(string language, string heading, string[] items)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], p[3], heading, string.Join("\n", items), "Contact\ninfo@example.org", "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);
        var kept = string.Join(" ", article.Paragraphs.Select(x => x.Text));

        Assert.All(items, item => Assert.Contains(item, kept, StringComparison.Ordinal));
        Assert.Contains(heading, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(Programmes))]
    public void AProgrammeUnderAColonHeading_ClosingThePage_StaysTheArticles(string language, string heading, string[] items)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], p[2], p[3], heading, string.Join("\n", items));
        var article = ArticleParser.Parse(page);
        var kept = string.Join(" ", article.Paragraphs.Select(x => x.Text));

        Assert.All(items, item => Assert.Contains(item, kept, StringComparison.Ordinal));
    }
}
