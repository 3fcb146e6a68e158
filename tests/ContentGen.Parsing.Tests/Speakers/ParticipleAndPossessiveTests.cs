using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A plural's possessive before a name ("Ladbrokes' Warren Hale"), and a reporting participle
/// whose subject opens the sentence past a conjunction, or is a role that points back.
/// </summary>
public sealed class ParticipleAndPossessiveTests
{
    [Theory]
    [InlineData("Bookmakers Ladbrokes says the vote is close. \"It's going to be close,\" said Ladbrokes' Warren Hale.")]
    [InlineData("Bookmakers Ladbrokes says the vote is close. Ladbrokes' Warren Hale said: \"It's going to be close.\"")]
    public void APluralsPossessive_OwnsTheNameAfterIt(string paragraph)
        => Assert.Equal("Warren Hale", QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Fact]
    public void AParticiple_AfterAConjunctionAndAComma_GivesThePronounsSubject()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            QuoteSpeakers.UnderHarbourPlan("\"We will win the vote,\" said Tom Fox. But he is not worried, insisting: \"The plan has a hundred years of support behind it.\""));

    [Fact]
    public void AParticiple_AfterARoleAndAComma_GivesTheRolesHolder()
        => Assert.Equal(
            "Tom Fox",
            QuoteSpeakers.UnderHarbourPlan("Tom Fox spoke on Monday. The harbour chairman backed the plan, saying it was \"overdue\".")[0]);

    [Theory]
    [InlineData("Tom Fox spoke on Monday. The Spaniard stoked up the row, saying Fox's speeches were \"not very good for the town\".")]
    public void AParticipleAfterANationality_NamesNoOne(string paragraph)
        => Assert.Null(QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);
}
