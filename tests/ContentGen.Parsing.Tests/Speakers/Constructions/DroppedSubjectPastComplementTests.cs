namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A reporting verb after the quote whose clause goes on only with where it was said, that place
/// having a complement of its own (<c>«…», ha detto a margine di un convegno.</c>): the subject is
/// dropped, and is whom the sentence before made its subject.
/// </summary>
public sealed class DroppedSubjectPastComplementTests
{
    [Theory]
    [InlineData("it", "L'assessora regionale alla Cultura, Chiara Benassi, difende la scelta. || «Le risorse sono limitate», ha detto a margine di un convegno.", "Chiara Benassi")]
    [InlineData("es", "La alcaldesa, Ana Gil, defendió el plan. || «No hay dinero para todo», dijo a la salida de un pleno.", "Ana Gil")]
    [InlineData("pt", "A vereadora Inês Cardoso defendeu o plano. || «Não há dinheiro para tudo», disse à saída de uma reunião.", "Inês Cardoso")]
    public void ADroppedSubjectPastAPlaceWithItsComplement_IsTheSubjectBefore(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Guards: a noun phrase of its own after the place is the verb's subject, not the one before.
    [Theory]
    [InlineData("it", "L'assessora regionale alla Cultura, Chiara Benassi, difende la scelta. || «Le risorse sono limitate», ha detto a margine di un convegno la sindaca.", "Chiara Benassi")]
    public void ASubjectAfterThePlace_IsNotTheSubjectBefore(string language, string paragraphs, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));
}
