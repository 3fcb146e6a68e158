namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// British police copy names a detective in full with the rank spelt out, then by the rank's
/// abbreviation and the surname ("DC Rees", "DS Price", "DCI Lowe"): the abbreviation is a title, not
/// part of the name, and the surname means the person named in full.
/// </summary>
public sealed class PoliceRankAbbreviationTests
{
    [Theory]
    [InlineData("Detective Sergeant Alun Price", "DS Price", "Alun Price")]
    [InlineData("Detective Constable Megan Howells", "DC Howells", "Megan Howells")]
    [InlineData("Detective Chief Inspector Tom Lowe", "DCI Lowe", "Tom Lowe")]
    public void AnAbbreviatedRankBeforeTheSurname_MeansThePersonNamedInFull(string introduced, string later, string expected)
        => Assert.Equal(
            new[] { expected, expected },
            QuoteSpeakers.Under(
                "Fraud inquiry widens",
                $"{introduced}, of Westbay CID, said: \"The victims trusted him with everything.\"",
                $"Asked whether more families could come forward, {later} said: \"We would urge anyone with concerns to contact us.\""));
}
