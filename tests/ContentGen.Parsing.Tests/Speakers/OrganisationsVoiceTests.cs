using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The cast: the one person named by a role in a sentence whose subject is an organisation (its
/// leader, its voice) is whom a later pronoun means, not someone named before.
/// </summary>
public sealed class OrganisationsVoiceTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Immigration : le gouvernement présente son projet", paragraphs);

    [Fact]
    public void ThePersonAnOrganisationsSentenceNames_IsWhomHeMeans()
        => Assert.Equal(
            new[] { "Tom Baker", "Paul Rowe" },
            Speakers(
                "\"We will back the plan,\" said council leader Tom Baker.",
                "The Harbour Party, led by its chairman Paul Rowe, voted against the plan on Monday. \"It is a waste of money,\" he said."));
}
