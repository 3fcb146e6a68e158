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
                "Dunmore keen on Hale for regatta",
                "Young rower Tom Hale may be Clive Dunmore's wild card when the regatta crew is picked.",
                "\"He pulls harder than men twice his age,\" Dunmore told the Coastal Gazette.",
                "Hale trains at Harbour Rowing Club, where he can row at any seat. "
                + "Dunmore is weighing every choice with care. "
                + "\"I have asked his coaches what they think,\" he told the newspaper."));
}
