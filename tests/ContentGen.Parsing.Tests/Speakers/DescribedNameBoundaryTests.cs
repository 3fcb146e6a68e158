using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name described by a few lower-case words before it ("retired engineer David Prentice"),
/// read alone, at each edge: at most three describing words; no indefinite opening ("one
/// London-based broker" is someone unnamed); a conjunction before it skipped; capitalised words
/// that describe the noun ending the phrase ("the East Valmont athlete") make an epithet, which
/// the phrase's end or a comma must follow.
/// </summary>
public sealed class DescribedNameBoundaryTests
{
    private static Subject Read(string phrase)
    {
        var tokens = OneSentence.Tokens(phrase);
        return OneSentence.Cues.Phrase.ReadDescribedName(tokens, 0);
    }

    [Theory]
    [InlineData("retired engineer David Prentice")]
    [InlineData("retired chief engineer David Prentice")]
    [InlineData("but David Prentice countered")]
    [InlineData("David Prentice")]
    public void ANameAfterAtMostThreeDescribingWords_IsTheName(string phrase)
    {
        var subject = Read(phrase);

        Assert.Equal((SubjectKind.Name, "David Prentice"), (subject.Kind, subject.Text));
    }

    [Theory]
    [InlineData("retired former chief engineer David Prentice")]
    [InlineData("one London-based broker")]
    [InlineData("an Irish reporter")]
    [InlineData("retired engineer")]
    [InlineData("who chairs the Transport Committee")]
    [InlineData("")]
    public void TooManyWords_AnIndefinite_NoNameOrARelativeClause_NameNoOne(string phrase)
        => Assert.False(Read(phrase).IsFound);

    [Theory]
    [InlineData("the East Valmont athlete", "athlete")]
    [InlineData("the East Valmont athlete, who won", "athlete")]
    [InlineData("the two-time Golden Anchor winner", "winner")]
    public void CapitalisedWordsDescribingTheNounThatEndsThePhrase_MakeAnEpithet(string phrase, string noun)
    {
        var subject = Read(phrase);

        Assert.Equal((SubjectKind.Role, noun), (subject.Kind, subject.Text));
    }

    [Fact]
    public void ANounWithMoreWordsAfterIt_EndsNoEpithet()
        => Assert.NotEqual(SubjectKind.Role, Read("the East Valmont athlete won gold").Kind);
}
