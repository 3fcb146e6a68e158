namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A profession heading the sentence makes a description of it only with a complement that opens with a link or a passive
/// agent ("Il biologo incaricato dalla Regione di X, Carlo Neri, ha …"): with none, the profession is not read, and a verb
/// after it makes a clause whose comma sets off no subject.
/// </summary>
public sealed class ProfessionHeadWithoutComplementTests
{
    // Where the rule must not fire: the profession's own verb and no complement; the name after the comma is no subject.
    [Theory]
    [InlineData("it", "Il biologo ha ringraziato, Carlo Neri, tutti i pescatori del lago. «Senza di loro non sapremmo nulla», ha detto.", "Carlo Neri")]
    public void AProfessionWithItsVerb_MakesNoSubjectOfTheName(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
