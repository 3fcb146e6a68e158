using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reporting verb joined by a conjunction to the clause before it shares that clause's subject,
/// the name opening the sentence ("Tom Baker welcomed the ruling but warned that …"); not when
/// another clause, a pronoun or a quote stands between.
/// </summary>
public sealed class SharedSubjectTests
{
    private static string?[] Speakers(params string[] paragraphs) => QuoteSpeakers.Under("Harbour ruling welcomed", paragraphs);

    [Fact]
    public void AVerbAfterBut_SharesTheOpeningName()
        => Assert.Equal(
            new[] { "Tom Baker" },
            Speakers("The court ruled on Monday. Harbour leader Tom Baker also backed the plan but said ministers had been \"playing catch-up\" with the town."));

    [Fact]
    public void AVerbAfterAnd_SharesTheOpeningName()
        => Assert.Equal(
            new[] { "Ann Lee" },
            Speakers("The court ruled on Monday. Ann Lee read the ruling and said the quay would stay \"shut for good\"."));

    [Fact]
    public void AClauseInBetween_HasItsOwnSubject()
        => Assert.Equal(
            new string?[] { null },
            Speakers("The prize night had its gaffes. Tom Hale was the butt of one when the host opened the envelope and declared \"come on up, Tom\" too soon."));
}
