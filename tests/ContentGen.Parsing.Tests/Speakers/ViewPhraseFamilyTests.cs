using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S6 alone (<see cref="AccordingTo"/>): the phrases that give whose view a clause states
/// ("a juicio de", "na opinião de", "a giudizio di", "de l'avis de", "in the view of") name the
/// holder as "según" does, and a phrase that ends on its link ("de", "di") also meets that link
/// fused with the holder's article ("a juicio del portavoz", "a detta dei tecnici", "na opinião
/// do engenheiro").
/// </summary>
public sealed class ViewPhraseFamilyTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new AccordingTo(OneSentence.Cues).Find, sentence);

    [Theory]
    [InlineData("A juicio de Luis Ortega, la reforma llega «demasiado tarde».", "Luis Ortega")]
    [InlineData("En opinión de Elena Prats, el puente es «una chapuza».", "Elena Prats")]
    [InlineData("A giudizio di Anna Ferri, il progetto è «un errore».", "Anna Ferri")]
    [InlineData("A parere di Carlo Neri, la strada resterà chiusa «almeno un mese».", "Carlo Neri")]
    [InlineData("Na opinião de Sofia Lemos, a obra foi “mal planeada”.", "Sofia Lemos")]
    [InlineData("No entender de Paulo Reis, os túneis “estão em risco”.", "Paulo Reis")]
    [InlineData("De l'avis de Claire Morin, le chantier est « mal parti ».", "Claire Morin")]
    [InlineData("In the view of Tom Fox, the scheme is \"dead in the water\".", "Tom Fox")]
    public void AViewPhrase_NamesItsHolder(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    [InlineData("A juicio del concejal Pedro Salas, la moratoria llega «tarde».", "Pedro Salas")]
    [InlineData("En palabras del alcalde, Pedro Salas, el barrio «no es de segunda».", "Pedro Salas")]
    [InlineData("A detta del sindaco Carlo Neri, la frana è «ancora attiva».", "Carlo Neri")]
    [InlineData("A detta della sindaca, Luisa Conti, le lezioni «riprenderanno lunedì».", "Luisa Conti")]
    [InlineData("Na opinião do deputado Paulo Reis, os túneis “estão em risco”.", "Paulo Reis")]
    [InlineData("Na opinião da vereadora Inês Moura, as contas “não batem certo”.", "Inês Moura")]
    public void AViewPhrase_WhoseLinkFusesWithTheArticle_NamesItsHolder(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // The noun alone, with no phrase around it, gives no one's view.
    [InlineData("El juicio del concejal Pedro Salas empieza «el lunes».")]
    [InlineData("A opinião do engenheiro Paulo Reis foi publicada em “O Diário”.")]
    // A phrase cut short of its link names no one.
    [InlineData("Lo dijo en palabras claras: «la moratoria llega tarde».")]
    // The holder tells of someone else's words: that verb's subject said them.
    [InlineData("A juicio de Luis Ortega, el alcalde le había prometido que habría «más controles».")]
    public void WithoutAWholeViewPhrase_NoOneIsNamed(string sentence)
        => Assert.Null(Speaker(sentence));
}
