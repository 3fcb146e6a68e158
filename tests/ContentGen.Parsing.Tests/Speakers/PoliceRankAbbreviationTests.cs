namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A police rank written short before a surname ("DC Rees", "Sgt Vale", "Chief Supt Dale") is a
/// title, as "Dr" is: the speaker is the person the article named in full, without the rank.
/// Before, the abbreviation was read as part of the name.
/// </summary>
public sealed class PoliceRankAbbreviationTests
{
    [Theory]
    [InlineData("Detective Constable Ann Rees, of Harbour police, spoke to the families.", "Asked whether more families could come forward, DC Rees said: \"We would urge anyone to contact us.\"", "Ann Rees")]
    [InlineData("Sergeant Tom Vale said: \"The road is closed.\"", "Later, Sgt Vale added: \"It will open in May.\"", "Tom Vale")]
    [InlineData("Chief Superintendent Mick Dale spoke to reporters.", "Chief Supt Dale said: \"We believe the gang has been stopped.\"", "Mick Dale")]
    public void ARankWrittenShort_IsATitle(string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, first, second).Last());

    private const string Lead = "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.";
}
