using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dateline glued under a headline often opens with the day of the week, in lower case where the language writes it so
/// ("martes, 4 de marzo de 2025", "lunedì 10 marzo 2025, 12:05", "dinsdag 4 maart 2025, 14:32"): it is a dateline as the
/// date alone is, so it opens a block of its own and the headline over it stays the title. A weekday that opens a
/// sentence, or a weekday with no date after it, is no dateline.
/// </summary>
public sealed class HeadlineWeekdayDatelineTests
{
    public static TheoryData<string, string, string> Headlines => new()
    {
        { "es", "El Ayuntamiento de Valdemora restaurará el lavadero del siglo XIX", "martes, 4 de marzo de 2025, 10:15" },
        { "it", "La passerella sul torrente Orvella riaprirà solo in autunno", "lunedì 10 marzo 2025, 12:05" },
        { "nl", "Gemaal Kranenbroek krijgt nieuwe pompen na storing in februari", "dinsdag 4 maart 2025, 14:32" },
        { "pt", "Lagar comunitário de Vale de Giestas volta a moer azeitona", "terça-feira, 11 de março de 2025 às 09:12" },
        { "fr", "Le moulin de Saint-Orvel va retrouver sa roue à aubes cette année", "jeudi 6 mars 2025 à 18h02" },
        { "de", "Der Dorfteich in Hummelsried wird im Herbst ausgebaggert", "Dienstag, 4. März 2025, 16:20 Uhr" },
        { "en", "Ferry slipway at Crossmoor Quay to be rebuilt after the storms", "Wednesday 12 March 2025, 17:40" },
    };

    private static string[] Split(params string[] lines) => SplitBlocks.Of(string.Join("\n", lines), wrappedPage: false);

    private static string Page(string language, string headline, string dateline)
    {
        var p = Articles.Of(language);
        var body = string.Join("\n\n", p[1], p[2], p[3], Articles.Closing(language));
        return CourierHeader.Lines(language) + "\n\n" + headline + "\n" + dateline + "\n\n" + body + "\n\n© 2025 " + CourierHeader.Site;
    }

    [Theory]
    [MemberData(nameof(Headlines))]
    public void AWeekdayDateline_UnderAHeadline_IsABlockOfItsOwn(string language, string headline, string dateline)
    {
        _ = language;
        Assert.Equal([headline, dateline], Split(headline, dateline));
    }

    [Theory]
    [MemberData(nameof(Headlines))]
    public void TheHeadline_GluedOverAWeekdayDateline_IsTheTitle(string language, string headline, string dateline)
    {
        var article = ArticleParser.Parse(Page(language, headline, dateline));

        Assert.Equal(headline, article.Title);
        Assert.StartsWith("2025-03-", article.Published);
        Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("martes, 4 de marzo de 2025")]
    [InlineData("lunedì 10 marzo 2025, 12:05")]
    [InlineData("dinsdag 4 maart 2025, 14:32")]
    [InlineData("terça-feira, 11 de março de 2025 às 09:12")]
    [InlineData("Dienstag, 4. März 2025")]
    [InlineData("Tuesday, March 4, 2025")]
    public void AWeekday_ThenADateAlone_IsADateline(string line)
        => Assert.True(HeadlineDatelines.IsWeekdayDateline(line.AsSpan()));

    // A weekday opening a sentence, with or without a date after it, and a date with no weekday before it (the date alone
    // is read by the older rule) are no weekday datelines.
    [Theory]
    [InlineData("martes, 4 de marzo de 2025, el pleno aprobó el proyecto del lavadero")]
    [InlineData("lunedì si vota in consiglio comunale")]
    [InlineData("dinsdag beslist de gemeenteraad over het gemaal")]
    [InlineData("Samstag ist Markttag in Hummelsried")]
    [InlineData("4 maart 2025, 14:32")]
    [InlineData("marzo 2025")]
    public void AWeekdayInASentence_IsNoDateline(string line)
        => Assert.False(HeadlineDatelines.IsWeekdayDateline(line.AsSpan()));

    // A paragraph's last line that opens with a weekday and its date goes on from a sentence: it stays in its paragraph.
    [Theory]
    [InlineData("Los vecinos esperan la reapertura del lavadero desde hace seis años y la obra empezará el", "martes, 4 de marzo de 2025")]
    [InlineData("De gemeente wil de nieuwe pompen laten draaien vanaf", "dinsdag 4 maart 2025, 14:32")]
    public void ASentence_GoingOnIntoAWeekdayDate_IsNotSplit(string line, string date)
        => Assert.Single(Split(line, date));
}
