using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The short lines a page prints around its headline, each rule asked alone: what makes a
/// dateline (a date written with separators, a month and a year, a clock time, "3 hours ago"),
/// a stamp after a name, a byline, a caption, a doubled alt text and a breadcrumb, and the
/// lengths past which a line is prose instead.
/// </summary>
public sealed class PageLinesTests
{
    [Theory]
    [InlineData("29/12/2022")]
    [InlineData("2022-12-29")]
    [InlineData("1.2.3")]
    [InlineData("3 hours ago")]
    [InlineData("Il y a 6 jours")]
    [InlineData("12 octobre 2022")]
    [InlineData("octobre 1999")]
    [InlineData("Céline Garnier • 12 octobre 2022")]
    [InlineData("Mis à jour à 16:45")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("Publié le 03/03/2023 à 10:15")]
    public void ADateline_GivesADate(string line)
        => Assert.True(PageLines.IsDateline(line));

    // A stamp's label of a few words stands for its date, printed apart: the only dateline with
    // no number, so the rules that need one must not turn it away.
    [Theory]
    [InlineData("Publié le")]
    [InlineData("Updated")]
    public void AShortStampLabel_IsADateline_WithoutANumber(string line)
        => Assert.True(PageLines.IsDateline(line));

    [Theory]
    [InlineData("")]
    [InlineData("29/12")]
    [InlineData("29/12-2022")]
    [InlineData("12345/12/2022")]
    [InlineData("29/12/")]
    [InlineData("hours ago")]
    [InlineData("Il y a longtemps")]
    [InlineData("octobre 1899")]
    [InlineData("octobre 2100")]
    [InlineData("octobre 2o22")]
    [InlineData("2022")]
    [InlineData("Harbour wall repairs start on 29/12/2022.")]
    public void ALine_WithoutAFullDate_OrEndingAsASentence_IsNoDateline(string line)
        => Assert.False(PageLines.IsDateline(line));

    [Fact]
    public void ADateline_HasSixteenWordsAtMost()
    {
        // "29/12/2022" is three words.
        const string Sixteen = "Harbour council meeting for the east quay and the old stone wall repairs 29/12/2022";

        Assert.True(PageLines.IsDateline(Sixteen));
        Assert.False(PageLines.IsDateline(Sixteen + " today"));
    }

    [Fact]
    public void AStampAfterANameAndABullet_IsADateline_LongerThanABareOne()
    {
        // Twenty words: too long for a bare dateline, not for names, a bullet and a stamp.
        const string Line = "HBRS avec Claire Morel • Publié le 14 mars 2023 à 09h40, mis à jour le 15 mars 2023 à 11h05";

        Assert.True(PageLines.IsDateline(Line));
        Assert.True(PageLines.IsBylineOrDate(Line));
        Assert.False(PageLines.IsDateline(Line + "."));
        Assert.False(PageLines.IsDateline(Line.Replace("Publié le", "Puis le")));
        Assert.False(PageLines.IsDateline(Line.Replace(" 2023 ", " ")));
    }

    [Theory]
    [InlineData("By Jane Doe", true)]
    [InlineData("By Jane Doe and John Smith", true)]
    [InlineData("By Jane Doe, correspondent", true)]
    [InlineData("written by Jane Doe, correspondent", true)]
    [InlineData("By Jane Doe and John Smith and Ann", true)]
    [InlineData("By Jane Doe and John Smith and Ann Lee", false)]
    [InlineData("By Jane Doe, harbour master", false)]
    [InlineData("By Jane Doe, staff writer", true)] // a writer's job is a byline's word, in lower case too
    [InlineData("Par Gilles Pradier, service communication", true)] // an office's job after the names' comma
    [InlineData("Por Ana Gil, servicio de prensa", true)]
    [InlineData("Door Jan de Vries, redactie economie", true)]
    [InlineData("Par ailleurs, service compris", false)] // no name before the comma
    [InlineData("Par Marie Roux, elle dirige le service", false)] // a clause, not a job
    [InlineData("Par Gilles Pradier, service de presse de la mairie", false)] // longer than a job
    [InlineData("Par Lyon, service de nuit", false)] // one capitalised word: no person's name before the job
    [InlineData("By Jane Doe.", false)]
    [InlineData("By the way you look at it", false)]
    [InlineData("Byzantine Art Museum", false)]
    [InlineData("Jane Doe", false)]
    public void AByline_IsItsOpeningWord_ThenNamesWithOneLowerCaseWordAtMost(string line, bool byline)
        => Assert.Equal(byline, PageLines.IsByline(line));

    [Theory]
    [InlineData("Par Claire Morel avec AFP - 14 mars 2023 à 09:40 | mis à jour le 14 mars 2023 à 11:05", true)]
    [InlineData("Par Claire Morel avec AFP - 14 mars 2023 | mis à jour le 14 mars 2023 en fin de journée", false)]
    [InlineData("Claire Morel avec AFP - 14 mars 2023 à 09:40 | mis à jour le 14 mars 2023 à 11:05", false)]
    public void ALongByline_IsAnAuthorLine_WhenItGoesOnIntoAClockTime(string line, bool author)
        => Assert.Equal(author, PageLines.IsAuthorLine(line));

    [Theory]
    [InlineData("Published 14 March 2023", true)]
    [InlineData("Posted 3 days ago", true)]
    [InlineData("Published yesterday", false)]
    [InlineData("On 14 March 2023", false)]
    [InlineData("Published 14 March 2023 in the harbour gazette with notes on the old quay wall repairs", true)]
    [InlineData("Published 14 March 2023 in the harbour gazette with notes on the old quay wall and its repairs", false)]
    public void APublicationStamp_IsItsOpeningWord_AndADigit_InSixteenWordsAtMost(string line, bool stamp)
        => Assert.Equal(stamp, PageLines.IsPublicationStamp(line));

    [Theory]
    [InlineData("16:45", true)]
    [InlineData("à 8h33", true)]
    [InlineData("1:23", true)]
    [InlineData("10h12, mis à jour", true)]
    [InlineData("1:2", false)]
    [InlineData("8h3", false)]
    [InlineData("12:345", false)]
    [InlineData("h45", false)]
    [InlineData("ah12", false)]
    [InlineData("Chapter 12", false)]
    [InlineData("24:00", true)]
    [InlineData("um 23:59 Uhr", true)]
    [InlineData("gewinnen Derby mit 29:27", false)]
    [InlineData("Endstand 31:30", false)]
    [InlineData("12:75", false)]
    [InlineData("2025:30", false)]
    public void AClockTime_IsTwoDigitsAfterAColonOrAnH_FollowingADigit(string text, bool time)
        => Assert.Equal(time, PageLines.HasClockTime(text));

    // A clip's length on a line of its own is set aside as a stamp is, whatever its minutes; a score in a headline dates nothing.
    [Theory]
    [InlineData("Video 45:10", true)]
    [InlineData("Audio 58:03", true)]
    [InlineData("Vídeo 26:48", true)]
    [InlineData("Erste Herren gewinnen Derby in Kellbach mit 29:27", false)]
    [InlineData("Endstand 29:27", false)] // a score under no clip's label (review)
    [InlineData("Les handballeurs l'emportent 31:30 au bout du suspense", false)]
    public void AClipsLength_IsAStamp_AndAScoreInAHeadlineIsNone(string line, bool dateline)
        => Assert.Equal(dateline, PageLines.IsDateline(line));

    [Theory]
    [InlineData("Harbour at dawn. Photo: Jane Doe / AFP", true)]
    [InlineData("Harbour at dawn © Jane Doe", true)]
    [InlineData("Harbour at dawn", false)]
    [InlineData("one two three one two three", true)]
    public void ACaption_CarriesACredit_OrRepeatsItself(string line, bool caption)
        => Assert.Equal(caption, PageLines.IsCaption(line));

    [Fact]
    public void ACaption_HasSixtyWordsAtMost()
    {
        static string Credited(int words) => string.Join(" ", Enumerable.Repeat("harbour", words - 1)) + " © Jane";

        Assert.True(PageLines.IsCaption(Credited(60)));
        Assert.False(PageLines.IsCaption(Credited(61)));
    }

    [Theory]
    [InlineData("one two three one two three", true)]
    [InlineData("New York New York", false)]
    [InlineData("one two three  one two three", false)]
    [InlineData("one two three one two throe", false)]
    [InlineData("one two three-one two three", false)]
    public void ADoubledLine_SaysThreeWordsOrMoreTwice_AroundOneSpace(string line, bool doubled)
        => Assert.Equal(doubled, PageLines.IsDoubled(line));

    [Theory]
    [InlineData("Accueil > Monde > Europe", true)]
    [InlineData("Home » News » Sport", true)]
    [InlineData("Home › News / Sport", true)]
    [InlineData("Accueil > Monde", false)]
    [InlineData("Accueil>Monde>Europe", false)]
    [InlineData("> Monde > Europe", false)]
    [InlineData("Accueil > Monde >", false)]
    public void ABreadcrumb_HasTwoSeparatorsBetweenSpaces(string line, bool breadcrumb)
        => Assert.Equal(breadcrumb, PageLines.IsBreadcrumb(line));

    // One list of a trail's separators, for the trail, its last crumb and its wrapped line: a spaced slash counts toward a
    // trail but is no crumb's edge, and the last crumb starts after the last separator of any kind.
    [Theory]
    [InlineData("Home › News", 5, true)]
    [InlineData("Home » News", 5, true)]
    [InlineData("Home > News", 5, true)]
    [InlineData("Home / News", 5, false)]
    [InlineData("Home >News", 5, false)]
    public void ACrumbSeparator_IsAnArrowBetweenSpaces(string text, int at, bool separator)
        => Assert.Equal(separator, PageLines.IsCrumbSeparatorAt(text.AsSpan(), at));

    [Theory]
    [InlineData("Accueil › Vie locale › Le marché couvert rouvre", "Le marché couvert rouvre")]
    [InlineData("Home » News > Local council votes on the plan", "Local council votes on the plan")]
    [InlineData("Home / News / Local council votes on the plan", null)]
    public void TheLastCrumb_StartsAfterTheLastSeparator(string text, string? crumb)
    {
        var start = PageLines.LastCrumbStart(text);

        Assert.Equal(crumb, start < 0 ? null : text.Substring(start));
    }
}
