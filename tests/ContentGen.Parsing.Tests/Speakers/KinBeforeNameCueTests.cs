namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A family tie before a name at the cue ("Horne's son Stephen said", "his son Stephen said",
/// "sagte sein Sohn Stefan"; in German the tie's capital makes it no first name) describes the speaker as a role does: the name speaks, without the
/// noun. The tie alone later ("his son said") means only the person the article gave it, never
/// the one in focus, who is most often the relative it is counted from.
/// </summary>
public sealed class KinBeforeNameCueTests
{
    [Theory]
    [InlineData("Tapes sold", "The tapes were sold on Friday. \"We kept them for a lot of years,\" Horne's son Stephen said.", "Stephen")]
    [InlineData("Tapes sold", "The tapes were sold on Friday. \"We kept them for a lot of years,\" said his son Stephen.", "Stephen")]
    [InlineData("Tapes sold", "The tapes were sold on Friday. \"We kept them for a lot of years,\" Horne's daughter, Ellen Horne, said.", "Ellen Horne")]
    [InlineData("Bänder verkauft", "Die Bänder wurden am Freitag verkauft. „Wir haben sie viele Jahre aufbewahrt“, sagte sein Sohn Stefan Horn.", "Stefan Horn")]
    [InlineData("Bänder verkauft", "Die Bänder wurden am Freitag in der Stadthalle verkauft. Der Käufer wollte nicht genannt werden, und die Familie war mit dem Preis sehr zufrieden. „Wir haben sie viele Jahre aufbewahrt“, sagte sein Sohn Stefan.", "Stefan")]
    [InlineData("Bänder verkauft", "Die Bänder wurden am Freitag in der Stadthalle verkauft. Der Käufer wollte nicht genannt werden, und die Familie war mit dem Preis sehr zufrieden. „Wir haben sie viele Jahre aufbewahrt“, sagte seine Tochter Anna.", "Anna")]
    [InlineData("Banden verkocht", "De banden werden vrijdag verkocht. ‘We hebben ze jaren bewaard’, zei zijn zoon Stefan.", "Stefan")]
    public void ATieBeforeTheName_DescribesTheSpeaker(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Fact]
    public void TheTieAloneLater_MeansWhomTheArticleGaveIt()
        => Assert.Equal(
            new string?[] { "Stephen", "Stephen" },
            QuoteSpeakers.Under(
                "Tapes sold",
                "Tom Horne recorded the sessions in 1956. \"We kept them for a lot of years,\" Horne's son Stephen said.",
                "Horne made two copies of every session. \"He called them his spare tapes,\" his son said."));

    [Fact]
    public void TheTieAloneUnintroduced_NamesNoOne()
        => Assert.Equal(
            new string?[] { "Tom Horne", null },
            QuoteSpeakers.Under(
                "Tapes sold",
                "\"We kept them for a lot of years,\" said Tom Horne.",
                "The tapes will be sold on Friday. \"He called them his spare tapes,\" his son said."));
}
