using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The name after a short opening adverbial ("Four hours later, Edward Baker called …"), at each
/// edge: a sentence of four tokens at least, opening in capitals; the comma among the first six
/// tokens; only lower-case words between, none a reporting verb; a name after the comma, with a
/// lower-case word (its verb) after it.
/// </summary>
public sealed class OpeningAdverbialBoundaryTests
{
    private static string? Subject(string sentence)
    {
        var tokens = OneSentence.Tokens(sentence);
        var subject = OneSentence.Cues.Phrase.ReadAfterOpeningAdverbial(tokens);
        return subject.IsFound ? subject.Text : null;
    }

    [Theory]
    [InlineData("Four hours later, Edward Baker called the police", "Edward Baker")]
    [InlineData("Later, Baker called", "Baker")]
    [InlineData("Four hours later that day, Edward Baker called the police", "Edward Baker")]
    public void ANameAfterAShortAdverbialAndItsComma_WithAVerbAfterIt_IsTheSubject(string sentence, string subject)
        => Assert.Equal(subject, Subject(sentence));

    [Theory]
    [InlineData("Later, Baker")]
    [InlineData("later, Edward Baker called the police")]
    [InlineData("Four long hours later that day, Edward Baker called the police")]
    [InlineData("Four hours later then")]
    [InlineData("Four hours later, Edward Baker")]
    [InlineData("Four hours later, Edward Baker Called")]
    [InlineData("Four hours later, the minister called the police")]
    [InlineData("Four Hours later, Edward Baker called the police")]
    [InlineData("Four hours said later, Edward Baker called the police")]
    [InlineData("Four (hours) later, Edward Baker called the police")]
    public void AnythingElse_NamesNoOne(string sentence)
        => Assert.Null(Subject(sentence));
}
