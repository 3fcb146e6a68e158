using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The cast: a surname under a title ("Ms Kingsley", "Mr Galway") names a person even when the
/// article never gives the full name, so opening a sentence it is whom a later pronoun means.
/// </summary>
public sealed class TitledSurnameSubjectTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Galway to stand for harbour seat", paragraphs);

    [Fact]
    public void ATitledSurnameOpeningTheSentence_IsWhomTheNextPronounMeans()
        => Assert.Equal(
            new[] { "Galway", "Kingsley" },
            Speakers(
                "At a rally by the quay, Mr Galway said: \"This seat has been taken for granted for too long.\"",
                "Ms Kingsley has held the seat since 2001. She said: \"I look forward to the contest and to winning it.\""));
}
