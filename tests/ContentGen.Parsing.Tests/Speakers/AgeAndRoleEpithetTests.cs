namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An age followed by the person's trade ("the 47-year-old director", "der 54-jährige Landwirt") is an
/// epithet as the age alone is: it means the person the article named, and the words after it go on
/// with the quote that follows.
/// </summary>
public sealed class AgeAndRoleEpithetTests
{
    [Fact]
    public void AnAgeAndATrade_AfterTheQuote_IsThePersonNamed_English()
        => Assert.Equal(
            new string?[] { "Rob Kendal", "Rob Kendal" },
            QuoteSpeakers.Under(
                "Director backs small films",
                "Film-maker Rob Kendal spoke at the harbour festival on Sunday. \"Streaming pays for most of our crews now,\" the 47-year-old director said. \"Nobody on the quay should sneer at it.\""));

    [Fact]
    public void AnAgeAndATrade_AfterTheVerb_IsThePersonNamed_English()
        => Assert.Equal(
            new string?[] { "Dana Whitlock" },
            QuoteSpeakers.Under(
                "Harbour cafe to close",
                "Dana Whitlock has run the quayside cafe for twenty years. \"We cannot pay the new rent,\" said the 58-year-old owner."));

    [Fact]
    public void AnAgeAndATrade_AfterTheQuote_IsThePersonNamed_German()
        => Assert.Equal(
            new string?[] { "Jens Ahlers" },
            QuoteSpeakers.Under(
                "Bauern klagen über Trockenheit",
                "Jens Ahlers bewirtschaftet seit dreißig Jahren den Hof am Deich. „Das ist der trockenste Sommer, den ich erlebt habe“, sagte der 54-jährige Landwirt."));

    [Fact]
    public void AnAgeAndATrade_IsNobody_WhenNoOneWasNamed()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Harbour cafe to close",
                "The quayside cafe will shut at the end of the month. \"We cannot pay the new rent,\" said the 58-year-old owner."));

    [Fact]
    public void AnAgeBeforeANounThatIsNoTrade_IsNoEpithet()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Harbour cafe to close",
                "Dana Whitlock has run the quayside cafe for twenty years. \"We cannot pay the new rent,\" the 20-year-old lease said."));
}
