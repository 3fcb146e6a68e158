using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The lines that end an article on a page are labels ("Comments", "Sur le même sujet", "Mehr aus
/// Hamm") or calls to the reader ("Leave a comment and tell us what you think."). A sentence of the
/// article that opens with the same words ("Comments from residents were mostly positive.") ends
/// nothing: the article and every paragraph after it stay.
/// </summary>
public sealed class TerminatorSentenceTests
{
    [Theory]
    [InlineData("en", "Comments from residents at the meeting were mostly positive.")]
    [InlineData("en", "More from the survey will be published next month.")]
    [InlineData("fr", "Sur le même sujet, le maire n'a pas souhaité s'exprimer.")]
    [InlineData("de", "Mehr aus dem Rathaus war am Dienstag nicht zu erfahren.")]
    [InlineData("es", "Comentarios así se repitieron durante toda la reunión de vecinos.")]
    [InlineData("it", "Commenti di questo tipo si sono sentiti per tutta la serata.")]
    [InlineData("pt", "Comentários como este repetiram-se durante toda a reunião.")]
    [InlineData("nl", "Meer nieuws over de plannen volgt na de zomer.")]
    public void ASentenceOpeningWithAnEndSignalsWords_EndsNothing(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Empty(article.Boilerplate);
    }

    // The signals themselves still end the article: a label, a short call, or a call that speaks to the reader.
    [Theory]
    [InlineData("en", "Comments")]
    [InlineData("en", "Leave a comment below and tell us what you think.")]
    [InlineData("fr", "Réagissez à cet article.")]
    [InlineData("de", "Mehr aus Hamm")]
    [InlineData("nl", "Meer nieuws")]
    public void TheEndSignal_StillEndsTheArticle(string language, string signal)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], signal, p[3]));

        Assert.Equal(new[] { p[1], p[2] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == p[3] && b.Kind == BoilerplateKind.Trailer);
    }

    // A "read also" label followed by a comma and a headline, which ends on no full stop, is still a link.
    [Fact]
    public void AReadAlsoLabelWithAComma_BeforeAHeadline_IsStillALink()
    {
        var p = Articles.Of("fr");
        var link = "À lire aussi, Jeanne Martin : « Le port doit rester ouvert »";
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], link, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == link);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }
}
