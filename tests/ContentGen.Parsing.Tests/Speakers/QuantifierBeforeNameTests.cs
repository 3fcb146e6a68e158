using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The cast: a quantifier opening a run of capitals ("Some Harbourbank operations", "Many Acme
/// staff") is no first name, so the name after it is no surname of someone called "Some".
/// </summary>
public sealed class QuantifierBeforeNameTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Bank faces bond inquiry", paragraphs);

    [Theory]
    [InlineData("Some")]
    [InlineData("Many")]
    [InlineData("Several")]
    public void AQuantifierBeforeAName_IsNoFirstName(string quantifier)
        => Assert.Equal(
            new string?[] { "Harbourbank" },
            Speakers(
                "\"We will answer every question the inspectors put to us,\" Harbourbank said.",
                quantifier + " Harbourbank branches in the north were shut last winter."));
}
