using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where someone works, given after their name with "from", "of" or "at" ("Simon Tarrant, from
/// Goldman Sachs, told Reuters", "David Marsh from Intervoice said"), stands between the name
/// and its verb as a role's appositive does; the speaker is the person. A phrase of lower-case
/// words after the link ("Tom Fox, with his wife, said") is no employer.
/// </summary>
public sealed class EmployerAppositiveTests
{
    private static string? Speaker(string paragraph)
        => QuoteSpeakers.Under("Harbour shares fall", paragraph)[0];

    [Theory]
    [InlineData("\"The market has lost faith in the plan,\" Simon Tarrant, from Harbour Securities, told Reuters.", "Simon Tarrant")]
    [InlineData("\"The market has lost faith in the plan,\" Simon Tarrant, of Harbour Securities, said.", "Simon Tarrant")]
    [InlineData("\"The market has lost faith in the plan,\" Simon Tarrant from Harbour Securities said.", "Simon Tarrant")]
    [InlineData("\"The market has lost faith in the plan,\" Simon Tarrant, from the Harbour Traders Association (HTA), told the BBC.", "Simon Tarrant")]
    [InlineData("Simon Tarrant, from Harbour Securities, said: \"The market has lost faith in the plan.\"", "Simon Tarrant")]
    public void AnEmployerAfterTheName_StandsBetweenItAndItsVerb(string paragraph, string speaker)
        => Assert.Equal(speaker, Speaker(paragraph));

    [Fact]
    public void LowerCaseWordsAfterTheLink_AreNoEmployer()
        => Assert.Null(Speaker("\"The market has lost faith in the plan,\" Simon Tarrant, with his usual caution, wrote."));
}
