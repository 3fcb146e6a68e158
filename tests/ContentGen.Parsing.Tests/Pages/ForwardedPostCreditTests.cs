using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A news channel exported from a messaging app prints, over a post it forwards, the channel's name, the app's label naming
/// the outlet the post comes from ("Forwarded from The Harbour Herald", "Reencaminhada de Jornal da Beira Serra") and the
/// post's time. The label is never the headline: the post's first line is. The outlet it names is the source, as a
/// provider's line over an aggregator's copy names it, not the channel. A post forwarded from a person names no source, and
/// a headline that opens on the same words and runs on in lower case stays a headline. Invented pages, in other words than
/// the tuning page that showed it.
/// </summary>
public sealed class ForwardedPostCreditTests
{
    private const string Channel = "Coastline Alerts";

    // The channel's header, a day's separator, the channel's name over the label and the post's time, then the post.
    private static string Page(string language, string label)
    {
        var p = Articles.Of(language);
        var header = Channel + "\n12 480\n\n" + Articles.Dateline(language) + "\n\n" + Channel + "\n" + label + "\n08:47";
        return string.Join("\n\n", header, p[0], p[1], p[2], p[3], Articles.Closing(language));
    }

    [Theory]
    [InlineData("en", "Forwarded from The Harbour Herald", "The Harbour Herald")]
    [InlineData("fr", "Transféré de Le Courrier du Vexin", "Le Courrier du Vexin")]
    [InlineData("de", "Weitergeleitet von Kinzigtaler Bote", "Kinzigtaler Bote")]
    [InlineData("es", "Reenviado de El Diario del Jalón", "El Diario del Jalón")]
    [InlineData("it", "Inoltrato da La Gazzetta di Valsesia", "La Gazzetta di Valsesia")]
    [InlineData("pt", "Reencaminhada de Jornal da Beira Serra", "Jornal da Beira Serra")]
    [InlineData("nl", "Doorgestuurd van Dagblad Zuidwest", "Dagblad Zuidwest")]
    public void AForwardedPost_IsHeadedByItsFirstLine_AndCreditsItsOutlet(string language, string label, string source)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, label));

        Assert.Equal(p[0], article.Title);
        Assert.Equal(source, article.Source);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a post forwarded from a person is headed by its first line all the same, and names no source of its own.
    [Theory]
    [InlineData("en", "Forwarded from Anna Keller")]
    [InlineData("pt", "Encaminhada de Marco Bellini")]
    [InlineData("nl", "Doorgestuurd van Sanne de Wit")]
    public void APostForwardedFromAPerson_NamesNoOutlet(string language, string label)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, label));

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(label.Substring(label.LastIndexOf(' ') + 1), article.Source ?? string.Empty, StringComparison.Ordinal);
    }

    // Guard: a headline that opens on the label's words and runs on in lower case is a headline.
    [Theory]
    [InlineData("en", "Forwarded from the front: the letters a nurse wrote home")]
    [InlineData("de", "Weitergeleitet von der Post: wie ein Brief nach 40 Jahren ankam")]
    [InlineData("it", "Inoltrato da un amico, il messaggio che ha salvato il paese")]
    public void AHeadlineOpeningOnTheLabelsWords_StaysTheHeadline(string language, string headline)
    {
        var p = Articles.Of(language);
        var text = string.Join("\n\n", headline, Articles.Dateline(language), p[1], p[2], p[3]);

        Assert.Equal(headline, ArticleParser.Parse(text).Title);
    }
}
