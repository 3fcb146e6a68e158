namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A verb of saying after a quote with its subject dropped and its listeners after it (<c>«…»,
/// disse aos jornalistas.</c>, <c>«…», dijo a los periodistas.</c>): the listeners are no subject,
/// the cue's subject is the dropped one, whom the sentence before named.
/// </summary>
public sealed class ListenersAfterDroppedSubjectTests
{
    [Theory]
    [InlineData("pt", "O engenheiro Carlos Matos visitou a obra ao fim da tarde. «Ainda falta muito tempo», disse aos jornalistas.", "Carlos Matos")]
    [InlineData("pt", "O engenheiro Carlos Matos visitou a obra ao fim da tarde. «Ainda falta muito tempo», garantiu às trabalhadoras.", "Carlos Matos")]
    [InlineData("es", "El ingeniero Carlos Matas visitó la obra por la tarde. «Todavía falta mucho tiempo», dijo a los periodistas.", "Carlos Matas")]
    [InlineData("es", "El ingeniero Carlos Matas visitó la obra por la tarde. «Todavía falta mucho tiempo», explicó a la prensa.", "Carlos Matas")]
    public void ListenersAfterTheVerb_LeaveTheDroppedSubjectSpeaking(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Where the listeners are followed by the subject itself, the subject speaks, not the one named before.
    [Theory]
    [InlineData("pt", "O engenheiro Carlos Matos visitou a obra ao fim da tarde. «Ainda falta muito tempo», disse aos jornalistas o autarca Rui Campos.", "Rui Campos")]
    [InlineData("es", "El ingeniero Carlos Matas visitó la obra por la tarde. «Todavía falta mucho tiempo», dijo a los periodistas el alcalde Rubén Campos.", "Rubén Campos")]
    public void ASubjectAfterTheListeners_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // English "a" opens a subject even before a capitalised word: "said a Labour spokesman". The
    // subject is an unnamed spokesman, so no one is given (not the one named before).
    [Fact]
    public void EnglishIndefiniteArticle_StillOpensTheSubject()
        => Assert.Null(ConstructionProbe.LastSpeaker("en", "Carl Mattes visited the site in the afternoon. \"There is still a long way to go,\" said a council spokesman."));
}
