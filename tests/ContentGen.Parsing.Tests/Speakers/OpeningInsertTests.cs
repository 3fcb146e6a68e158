using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The cast: a name opening a sentence is its subject past an insert that names a place and its
/// region ("from Harbourton, Vale County,"), or an appositive the writer never closed ("marketing
/// manager at Harbour Prints believes"), so a later "she said" means that person and not someone
/// before.
/// </summary>
public sealed class OpeningInsertTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour shops face hard year", paragraphs);

    [Fact]
    public void APlaceAndItsRegion_StandBetweenTheNameAndItsVerb()
        => Assert.Equal(
            new[] { "Peter Lindqvist" },
            Speakers("Peter Lindqvist, from Harbourton, Vale County, said he would rent out his shop window to advertisers. \"Every bit of glass can earn its keep,\" he said."));

    [Fact]
    public void AnUnclosedAppositive_StandsBetweenTheNameAndItsVerb()
        => Assert.Equal(
            new[] { "Ann Merridew" },
            Speakers("Ann Merridew, marketing manager at Harbour Prints believes the shops will survive. \"People still like to hold a photo in their hands,\" she said."));

    [Fact]
    public void AnUnclosedAppositive_MakesItsNameTheSubject_NotTheOneBefore()
        => Assert.Equal(
            new[] { "Nick Rowan", "Ann Merridew" },
            Speakers(
                "\"Printing at home has never been cheaper,\" said Nick Rowan, chief tester at Harbour Computing.",
                "Ann Merridew, marketing manager at Harbour Prints believes the shops will survive. \"People still like to hold a photo in their hands,\" she said."));
}
