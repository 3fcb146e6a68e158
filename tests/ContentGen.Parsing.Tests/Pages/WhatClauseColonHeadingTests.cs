using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A colon line that opens a "what" clause names a section's topic, whatever reporting verb it holds ("Lo que dicen los
/// socios:", "What the neighbours say:", "Ce que disent les riverains :"): beside another colon line it heads its section,
/// where a reporting verb alone ("Le maire a ajouté :") makes a lead-in to the quotation or paragraph under it.
/// </summary>
public sealed class WhatClauseColonHeadingTests
{
    public static TheoryData<string, string, string> Series() => new()
    {
        { "es", "La versión del acusado:", "Lo que dicen los socios:" },
        { "en", "The defence case:", "What the neighbours say:" },
        { "fr", "La version de la mairie :", "Ce que disent les riverains :" },
        { "de", "Die Sicht der Stadt:", "Was die Anwohner sagen:" },
        { "it", "La versione del Comune:", "Quello che dicono i residenti:" },
        { "pt", "A versão da câmara:", "O que dizem os moradores:" },
        { "nl", "De kant van de gemeente:", "Wat de buren zeggen:" },
        { "en", "The defence case:", "What residents say:" },
        { "de", "Die Sicht der Stadt:", "Was Anwohner sagen:" },
    };

    private static string Page(string language, string first, string second)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], first, p[2], second, p[3], Articles.Closing(language), "Share\nPrivacy policy");
    }

    [Theory]
    [MemberData(nameof(Series))]
    public void AWhatClause_BesideAnotherColonLine_HeadsItsSection(string language, string first, string second)
    {
        var article = ArticleParser.Parse(Page(language, first, second));
        var p = Articles.Of(language);

        Assert.Equal(new[] { first, second }, article.Sections.Select(s => s.Heading).Where(h => h is not null));
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // Guards: a reporting verb outside a "what" clause leads in; a "what" clause over a quotation opens it.
    [Theory]
    [InlineData("es", "La versión del acusado:", "El fiscal dijo:")]
    [InlineData("en", "The defence case:", "The mayor said:")]
    [InlineData("fr", "La version de la mairie :", "Le maire a ajouté :")]
    public void AReportingVerbOutsideAWhatClause_StaysALeadIn(string language, string first, string lead)
    {
        var article = ArticleParser.Parse(Page(language, first, lead));

        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Contains(lead, article.Paragraphs.Select(x => x.Text));
    }

    // Review s23, finding 5: Spanish and Portuguese open a speaker's words with a dash; French with guillemets.
    [Theory]
    [InlineData("es", "La versión del acusado:", "Lo que dijo la alcaldesa Ana Gil:", "—Nunca nos preguntaron nada, y ahora tendremos que vivir con el ruido durante dos años enteros.")]
    [InlineData("pt", "A versão da câmara:", "O que disse a moradora:", "– Nunca nos perguntaram nada, e agora vamos ter de viver com o barulho durante dois anos.")]
    [InlineData("fr", "La version de la mairie :", "Ce que dit la riveraine :", "« On ne nous a jamais rien demandé, et maintenant il faudra vivre avec le bruit pendant deux ans. »")]
    [InlineData("es", "La versión del acusado:", "Lo que dijo la alcaldesa Ana Gil:", "«Nunca nos preguntaron nada, y ahora tendremos que vivir con el ruido durante dos años enteros».")]
    public void AWhatClause_OverASpeakersWords_StaysALeadIn(string language, string first, string lead, string quote)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], first, p[2], lead, quote, p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(lead, article.Sections.Select(s => s.Heading));
        Assert.Contains(lead, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void AWhatClause_OverAQuotation_StaysALeadIn()
    {
        var p = Articles.Of("en");
        const string quote = "\"We were never asked, not once, and now we have to live with the noise for two years,\" she said.";
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], "12/03/2024", p[1], "The defence case:", p[2], "What the neighbour said:", quote, p[3], Articles.Closing("en"), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain("What the neighbour said:", article.Sections.Select(s => s.Heading));
    }
}
