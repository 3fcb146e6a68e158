namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A police rank written short before a surname ("Sgt Vale", "Insp Rees", "Chief Supt Hale") is a
/// title, as "Dr" is: the speaker is the person the article named in full, without the rank.
/// Before, the abbreviation was read as part of the name. Two capitals that are also a place's or a
/// firm's letters ("DC", "DS") are left out.
/// </summary>
public sealed class PoliceRankAbbreviationTests
{
    [Theory]
    [InlineData("Detective Inspector Ann Rees, of Harbour police, spoke to the families.", "Asked whether more families could come forward, Insp Rees said: \"We would urge anyone to contact us.\"", "Ann Rees")]
    [InlineData("Sergeant Tom Vale said: \"The road is closed.\"", "Later, Sgt Vale added: \"It will open in May.\"", "Tom Vale")]
    [InlineData("Chief Superintendent Rosa Hale spoke to reporters.", "Chief Supt Hale said: \"We believe the gang has been stopped.\"", "Rosa Hale")]
    [InlineData("Detective Chief Inspector Tom Lowe, of Westbay CID, spoke to the families.", "Asked whether more families could come forward, DCI Lowe said: \"We would urge anyone to contact us.\"", "Tom Lowe")]
    public void ARankWrittenShort_IsATitle(string first, string second, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, first, second).Last());

    // Guards: a place's letters before the verb, and a firm's before its name, are read as before.
    [Theory]
    [InlineData("A banker in Harbour City DC said the plan was \"a disgrace\".", null)]
    [InlineData("The haulier DS Marlow said the plan was \"a disgrace\".", "DS Marlow")]
    public void TwoCapitalsThatMayBeAPlaceOrAFirm_AreNoTitle(string paragraph, string? expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, "\"We will appeal,\" said Tom Baker on Monday.", paragraph).Last());

    private const string Lead = "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.";
}
