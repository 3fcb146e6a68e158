using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A full name the article gives only in a possessive ("one of Clive Dunmore's surprises") is a
/// full name all the same: the surname alone then names that person, whom a later pronoun means.
/// </summary>
public sealed class PossessiveFullNameTests
{
    [Fact]
    public void ASurname_NamedInFullOnlyInAPossessive_IsWhomALaterPronounMeans()
        => Assert.Equal(
            new[] { "Clive Dunmore", "Clive Dunmore" },
            QuoteSpeakers.Under(
                "Dunmore eyes Hale for tour",
                "Harbour prop Tom Hale could be one of Clive Dunmore's surprises when the touring squad is named.",
                "\"There is a lot of respect for the guy,\" Dunmore told the Coastal Gazette.",
                "Hale is highly rated at Harbour United, where he plays anywhere in the pack. "
                + "Dunmore is making sure his plans for the trip are thorough. "
                + "\"I have spoken to quite a few players about him,\" he told the newspaper."));
}
