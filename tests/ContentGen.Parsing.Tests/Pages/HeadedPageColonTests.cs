using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page that heads one section with a question or a plain subheading heads another with a short colon line
/// ("How did it run aground?" … "What happens next:"): the colon line is a heading there, as a second colon line
/// would make it. A lead-in (a copula, a possessive, a reporting verb) stays the paragraph it opens, and a colon
/// line on a page with no other heading stays a paragraph (<see cref="ColonHeadingTests"/>).
/// </summary>
public sealed class HeadedPageColonTests
{
    private static string Question(string language) => language switch
    {
        "en" => "Who pays for it?",
        "fr" => "Qui paiera ?",
        "de" => "Wer zahlt dafür?",
        "es" => "¿Quién lo paga?",
        "it" => "Chi paga?",
        "pt" => "Quem paga?",
        _ => "Wie betaalt?",
    };

    public static TheoryData<string, string> ColonHeadings() => new()
    {
        { "en", "What happens next:" },
        { "fr", "Les aides prévues :" },
        { "de", "Die Nachfolge:" },
        { "es", "Los plazos:" },
        { "it", "I numeri:" },
        { "pt", "Próximos passos:" },
        { "nl", "De oude bussen:" },
    };

    // Lead-ins a page with a question heading may print between paragraphs: each opens the paragraph under it.
    public static TheoryData<string, string> LeadIns() => new()
    {
        { "en", "The answer is simple:" },
        { "en", "The mayor added:" },
        { "fr", "Sa réponse :" },
        { "fr", "Le maire a ajouté :" },
        { "de", "Der Grund ist einfach:" },
        { "de", "Der Bürgermeister sagte:" },
        { "es", "Su respuesta:" },
        { "es", "Según la concejala:" },
        { "it", "Il motivo è semplice:" },
        { "pt", "A razão é simples:" },
        { "nl", "De reden is simpel:" },
        { "nl", "De burgemeester zei:" },
    };

    private static string Page(string language, string colonLine, bool question = true)
    {
        var p = Articles.Of(language);
        var parts = new List<string> { "Home\nNews\nLocal", p[0], "12/03/2024", p[1] };
        if (question)
        {
            parts.Add(Question(language));
        }

        parts.AddRange(new[] { p[2], colonLine, p[3], Articles.Closing(language), "Share\nPrivacy policy" });
        return string.Join("\n\n", parts);
    }

    [Theory]
    [MemberData(nameof(ColonHeadings))]
    public void AColonLine_OnAPageWithAQuestionHeading_IsAHeading(string language, string heading)
    {
        var article = ArticleParser.Parse(Page(language, heading));
        var p = Articles.Of(language);

        Assert.Contains(Question(language), article.Sections.Select(s => s.Heading));
        Assert.Contains(heading, article.Sections.Select(s => s.Heading));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(ColonHeadings))]
    public void TheSameColonLine_OnAPageWithNoOtherHeading_StaysAParagraph(string language, string heading)
    {
        var article = ArticleParser.Parse(Page(language, heading, question: false));

        Assert.DoesNotContain(heading, article.Sections.Select(s => s.Heading));
        Assert.Contains(heading, article.Paragraphs.Select(x => x.Text));
    }

    // Review s21, finding 8: longer lead-ins, and a lead-in over a quotation in straight single quotes.
    [Theory]
    [InlineData("en", "One neighbour put it bluntly:", "'We were never asked, not once, and now we have to live with the noise for two years,' she said.")]
    [InlineData("nl", "Een buurvrouw vat het samen:", "'Ze hebben het ons nooit gevraagd, en nu moeten we twee jaar met het lawaai leven,' zei ze.")]
    [InlineData("fr", "Parmi les mesures annoncées mardi :", "Le conseil prévoit une nouvelle ligne de bus et des horaires élargis pour les habitants de la vallée.")]
    [InlineData("en", "She put it simply:", "'We were never asked,' she said.")]
    public void ALeadInOverItsSentence_OnAPageWithAQuestionHeading_StaysAParagraph(string language, string lead, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], Question(language), p[2], lead, sentence, p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Contains(lead, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [MemberData(nameof(LeadIns))]
    public void ALeadIn_OnAPageWithAQuestionHeading_StaysAParagraph(string language, string lead)
    {
        var article = ArticleParser.Parse(Page(language, lead));

        Assert.Contains(Question(language), article.Sections.Select(s => s.Heading));
        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Contains(lead, article.Paragraphs.Select(x => x.Text));
    }
}
