using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Lines a column or a live report prints under or between its paragraphs: the note on the columns' views and on the
/// writer's spelling, the call for readers' opinion pieces, a live report's "share this moment" button, a read-also
/// link to a story whose headline asks a question. Each is set aside; the article's last paragraph stays, and the same
/// words inside a sentence of the article stay too.
/// </summary>
public sealed class ClosingNoteLinesS21Tests
{
    public static TheoryData<string, string> ClosingNotes() => new()
    {
        { "fr", "Les chroniques publiées sur ce site n'engagent que leurs auteurs." },
        { "pt", "O autor escreve segundo o novo acordo ortográfico." },
        { "pt", "A autora escreve segundo o antigo acordo ortográfico." },
        { "nl", "Reageren? Stuur uw opiniebijdrage van maximaal 600 woorden naar opinie@example.nl." },
        { "en", "Send us your letter: letters@example.org" },
    };

    private static string Page(string language, string line, bool closing = true)
    {
        var p = Articles.Of(language);
        return closing
            ? string.Join("\n\n", "Home\nNews\nOpinion", p[0], "12/03/2024", p[1], p[2], p[3], Articles.Closing(language), line, "Share\nPrivacy policy")
            : string.Join("\n\n", "Home\nNews\nOpinion", p[0], "12/03/2024", p[1], line, p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");
    }

    [Theory]
    [MemberData(nameof(ClosingNotes))]
    public void ANoteUnderTheColumn_IsSetAside(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line));

        Assert.DoesNotContain(line, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(line, article.Boilerplate.Select(x => x.Text));
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // The note's words in a sentence of the article, mid-article, stay the article's.
    [Theory]
    [InlineData("pt", "Desde 1990, o acordo ortográfico mudou a forma como os alunos da escola escrevem, e o autor escreve sobre isso há anos.")]
    [InlineData("fr", "Les chroniques de la radio locale, lancées en 2019, ont été écoutées par plus de dix mille habitants de la vallée.")]
    [InlineData("nl", "De krant ontving vorige week veertig reacties op de opiniebijdrage van de wethouder over de nieuwe fietsbrug.")]
    [InlineData("en", "Letters to the editor have poured in since the storm, most of them asking the council to act before next winter.")]
    [InlineData("en", "In letters to the editor this week, several readers asked why the repairs had taken so long to approve.")]
    public void TheSameWords_InASentenceOfTheArticle_Stay(string language, string sentence)
    {
        var article = ArticleParser.Parse(Page(language, sentence, closing: false));

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("pt", "Partilhe este momento")]
    [InlineData("es", "Comparte este momento")]
    [InlineData("en", "Share this post")]
    public void AShareButtonBetweenEntries_IsChrome(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line, closing: false));

        Assert.DoesNotContain(line, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(line, article.Sections.Select(s => s.Heading));
    }
}
