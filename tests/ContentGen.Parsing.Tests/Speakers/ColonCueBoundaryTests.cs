using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S2 (a quote after a colon) asked alone: which clause before the colon names the speaker (at
/// the sentence's start or after a comma, within 40 tokens, past an appositive and the brief that
/// goes on with it, past a conjunction that opens it), and what is no subject (a listener, a name
/// inside an employer's possessive, an unclosed appositive's role).
/// </summary>
public sealed class ColonCueBoundaryTests
{
    private static string? Speaker(string sentence, Func<string, bool>? isKnownSurname = null)
        => OneSentence.Speaker(new ColonCue(OneSentence.Cues, isKnownSurname ?? (_ => false)).Find, sentence);

    [Theory]
    [InlineData("Ann Lee: \"We will win.\"", "Ann Lee")]
    [InlineData("In the end, Ann Lee: \"We will win.\"", "Ann Lee")]
    [InlineData("Europe: \"We will win.\"", null)] // one word alone labels a topic
    public void ANameAloneBeforeTheColon_IsTheSpeaker_WhenItIsAPersonsName(string sentence, string? expected)
        => Assert.Equal(expected, Speaker(sentence));

    [Fact]
    public void ASurnameAlone_IsTheSpeaker_WhenTheArticleNamesSomeoneSo()
        => Assert.Equal("Lee", Speaker("Lee: \"We will win.\"", surname => surname == "Lee"));

    [Theory]
    [InlineData("Dr John Vale, Acme senior vice president, said: \"We will win.\"", "John Vale")]
    [InlineData("Dr John Vale, Acme senior vice president, Cloud Research and Design, said: \"We will win.\"", "John Vale")]
    [InlineData("Dr John Vale, Acme senior vice president, Research and Design, said: \"We will win.\"", "John Vale")]
    [InlineData("But Valmont director Rob Dale said: \"We will win.\"", "Rob Dale")]
    [InlineData("David Prentice, countered: \"We will win.\"", "David Prentice")]
    [InlineData("Mark Lee, the leader of the union said: \"We will win.\"", "Mark Lee")]
    [InlineData("Gavin Pell of the website put it: \"We will win.\"", "Gavin Pell")]
    public void TheClausesSubject_IsTheSpeaker(string sentence, string expected)
        => Assert.Equal(expected, Speaker(sentence));

    [Theory]
    [InlineData("She told Ann Lee: \"We will win.\"", "She")]
    [InlineData("In a letter to the board, Ann Lee wrote: \"We will win.\"", "Ann Lee")]
    [InlineData("told reporters: \"We will win.\"", null)]
    [InlineData("War on Want's John Tarn said: \"We will win.\"", null)] // "War" is no subject; the name is the noun cue's
    public void TheListenerOrAnythingAfterTheVerb_IsNeverTheSpeaker(string sentence, string? expected)
        => Assert.Equal(expected, Speaker(sentence));

    // Ann(0) Lee(1) told(2), then fillers, the colon and the quote: the clause may open at most 40
    // tokens before the colon's word.
    [Theory]
    [InlineData(38, "Ann Lee")]
    [InlineData(39, null)]
    public void AClause_OpensAtMostFortyTokensBeforeTheColon(int fillers, string? expected)
    {
        var sentence = "Ann Lee told " + string.Join(" ", Enumerable.Repeat("them", fillers)) + ": \"We will win.\"";

        Assert.Equal(expected, Speaker(sentence));
    }
}
