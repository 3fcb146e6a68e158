namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A reporting verb after the quote, then a listener's preposition and a capitalised run
/// (<c>«…», ha detto a Luca Bianchi.</c>, <c>dijo a Radio Centro.</c>, <c>afirmou numa entrevista à Rádio Central.</c>):
/// the run is whom the words were told to, whatever its words are, never the subject. In a language
/// that drops subjects, the subject follows the run or was dropped.
/// </summary>
public sealed class ListenerNameAfterVerbTests
{
    [Theory]
    [InlineData("it", "Marco Rossi ha parlato ai giornalisti. «Il torrente è salito di due metri», ha detto a Luca Bianchi.", "Marco Rossi")]
    [InlineData("es", "Juan Pérez habló con la prensa. «El río subió dos metros», dijo a Radio Centro.", "Juan Pérez")]
    [InlineData("es", "Juan Pérez habló con la prensa. «El río subió dos metros», dijo en una entrevista a Radio Centro.", "Juan Pérez")]
    [InlineData("pt", "Márcio Tavares falou. “O córrego subiu dois metros”, afirmou numa entrevista à Rádio Central.", "Márcio Tavares")]
    public void ANameAfterTheListenersPreposition_IsTheListener(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guard: a subject after the listener still speaks.
    [Theory]
    [InlineData("es", "Juan Pérez habló con la prensa. «El río subió dos metros», dijo a Radio Centro el alcalde, Luis Gómez.", "Luis Gómez")]
    [InlineData("pt", "Márcio Tavares falou. “O córrego subiu dois metros”, disse à Lusa o presidente da câmara, José Lima.", "José Lima")]
    public void ASubjectAfterTheListener_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Stop: a run of three words may be a medium and then the subject.
    [Fact]
    public void AMediumRunningIntoTheSubject_StillGivesTheSubject()
        => Assert.Equal("Carmen Llorente", ConstructionProbe.LastSpeaker("es",
            "El comité se reunió el lunes. «Son empleos cualificados», dijo a Efe Carmen Llorente."));

    // Stop: a run a comma follows may be a medium and then the subject with its apposition.
    [Fact]
    public void AMediumRunningIntoASubjectSetOff_StillGivesTheSubject()
        => Assert.Equal("Carmen Llorente", ConstructionProbe.LastSpeaker("es",
            "El comité se reunió el lunes. «Son empleos cualificados», declaró a EFE Carmen Llorente, responsable regional del sindicato."));

    // Stop: the Portuguese "a" is also the article that opens the subject.
    [Fact]
    public void ThePortugueseArticleA_OpensTheSubject()
        => Assert.Equal("Junta Portuária do Norte", ConstructionProbe.LastSpeaker("pt",
            "A Junta Portuária do Norte reconhece a gravidade da situação. “A obra deverá arrancar em janeiro”, informou a Junta Portuária do Norte em resposta escrita."));

    // Stop: where subjects are kept, a medium's name may run into the subject's ("au Parisien Jean Morel").
    [Fact]
    public void AMediumRunningIntoTheSubject_WhereSubjectsAreKept_StillGivesTheSubject()
        => Assert.Equal("Jean Morel", ConstructionProbe.LastSpeaker("fr", "Le port a fermé lundi. « Nous n'avions pas le choix », a déclaré au Parisien Jean Morel."));
}
