namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A rank written as its initials before a surname ("DC Vale", "DS Hale") is a title when the article
/// spelled that rank out before the same surname ("Detective Constable Ann Vale"): the speaker is that
/// person. Before, the initials were read as a first name, a second person of the surname, and the
/// quote went to "DC Vale". Two capitals the article never spelled out so stay as they were read
/// (see PoliceRankAbbreviationTests: they may be a place's or a firm's letters).
/// </summary>
public sealed class RankInitialsTests
{
    [Theory]
    [InlineData("Detective Constable Ann Vale, of Harbour CID, said: \"She thought no one would check.\"", "Asked whether more families could come forward, DC Vale said: \"We would urge anyone to contact us.\"", "Ann Vale")]
    [InlineData("Detective Sergeant Tom Hale led the inquiry.", "Later, DS Hale added: \"The van has been found.\"", "Tom Hale")]
    [InlineData("Detective Inspector Rosa Lind was first at the scene.", "\"The door was open,\" DI Lind said.", "Rosa Lind")]
    public void InitialsOfARankSpelledOutBefore_AreATitle(string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, first, second).Last());

    // Stops: initials that do not spell the rank given to that surname, and a rank spelled out
    // before another surname, leave the initials read as before.
    [Theory]
    [InlineData("Detective Constable Ann Vale, of Harbour CID, spoke to the families.", "The haulier DS Vale said the plan was \"a disgrace\".", "DS Vale")]
    [InlineData("Detective Constable Ann Vale, of Harbour CID, spoke to the families.", "The haulier DC Marlow said the plan was \"a disgrace\".", "DC Marlow")]
    public void InitialsThatSpellNoRankOfThatSurname_AreNoTitle(string first, string second, string? expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, first, second).Last());

    private const string Lead = "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.";
}
