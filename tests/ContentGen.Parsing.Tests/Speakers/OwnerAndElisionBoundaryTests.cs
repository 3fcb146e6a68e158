using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where two small readings before a verb stop: the owner of a spokesman ("Rover's spokesman":
/// the possessive's mark cut; the owner's word and at most ten words before it), and a French
/// conjunction elided before a subject pronoun ("puisqu'il": a word of at most seven lower-case
/// letters, a lower-case pronoun after the apostrophe, never an article).
/// </summary>
public sealed class OwnerAndElisionBoundaryTests
{
    private static Subject Before(string sentence, string verb) => OneSentence.Before(sentence, verb);

    [Theory]
    [InlineData("Rover's spokesman said it would", "Rover")]
    [InlineData("Harbour Rail's spokesman said it would", "Harbour Rail")]
    public void ASpokesmansOwner_IsNamedWithoutThePossessiveMark(string sentence, string owner)
    {
        var subject = Before(sentence, "said");

        Assert.Equal((SubjectKind.Name, owner), (subject.Kind, subject.Text));
    }

    [Fact]
    public void AnOwnersName_IsReadBackTenWordsPastTheOwnerAtMost()
    {
        var subject = Before("Then Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda's spokesman said it would", "said");

        Assert.Equal("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda", subject.Text);
    }

    [Theory]
    [InlineData("puisqu'il estime que", "estime", "il")]
    [InlineData("lorsqu’elle affirme que", "affirme", "elle")]
    [InlineData("abcdefg'il estime que", "estime", "il")]
    public void AShortWordElidedBeforeAPronoun_LeavesThePronounAsTheSubject(string sentence, string verb, string pronoun)
    {
        var subject = Before(sentence, verb);

        Assert.Equal((SubjectKind.Pronoun, pronoun), (subject.Kind, subject.Text));
    }

    [Theory]
    [InlineData("abcdefgh'il estime que", "estime")]
    [InlineData("puisqu'Il estime que", "estime")]
    [InlineData("l'elle estime que", "estime")]
    [InlineData("puisqu'ici estime que", "estime")]
    [InlineData("puisqu' estime que", "estime")]
    public void ALongWordACapitalAnArticleOrNoPronounAfterTheApostrophe_GivesNoPronoun(string sentence, string verb)
        => Assert.NotEqual(SubjectKind.Pronoun, Before(sentence, verb).Kind);
}
