using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reporting verb that opens its sentence in a language that drops subjects ("Y agregó: «…»",
/// "Pero luego agregó"): past conjunctions, fillers and contrasts only, its subject is the last
/// speaker's, a pronoun; any other word before the verb is no dropped subject.
/// </summary>
public sealed class DroppedSubjectTests
{
    private static SubjectKind Kind(string sentence)
    {
        var (tokens, quote) = OneSentence.Read(sentence);
        return OneSentence.Cues.FindReportingSubject(tokens, quote).Kind;
    }

    [Theory]
    [InlineData("Ha agregado: «Vamos a ganar».")]
    [InlineData("Y agregó: «Vamos a ganar».")]
    [InlineData("Pero luego agregó: «Vamos a ganar».")]
    [InlineData("Luego agregó: «Vamos a ganar».")]
    [InlineData("Pero agregó: «Vamos a ganar».")]
    public void OnlyConjunctionsFillersAndContrasts_BeforeTheVerb_DropTheSubject(string sentence)
        => Assert.Equal(SubjectKind.Pronoun, Kind(sentence));

    [Theory]
    [InlineData("Todos agregaron: «Vamos a ganar».")]
    [InlineData("Pero mañana agregó: «Vamos a ganar».")]
    [InlineData("«Sí», y agregó: «Vamos a ganar».")]
    public void AnyOtherWordBeforeTheVerb_DropsNoSubject(string sentence)
        => Assert.NotEqual(SubjectKind.Pronoun, Kind(sentence));
}
