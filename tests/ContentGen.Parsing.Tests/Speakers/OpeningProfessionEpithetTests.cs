namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A definite article and a profession opening the sentence, right before its verb ("La ingeniera
/// epithet a profession is after an inverted cue ("«…», añadió la ingeniera"): it means the person
/// just named, as that reading decides (the subject of the sentence just before, or the one person
/// the article gave the profession), and no one it would not mean there.
/// </summary>
public sealed class OpeningProfessionEpithetTests
{
    [Theory]
    [InlineData("Obras del puente", "Ana Gil dirige las obras del puente desde marzo. La ingeniera añadió: «No hay ningún riesgo para los vecinos».", "Ana Gil")]
    [InlineData("Sciopero dei traghetti", "Dana Whitlock guida il sindacato dei marittimi da tre anni. La sindacalista ha risposto: «Non a queste condizioni».", "Dana Whitlock")]
    [InlineData("Obras da ponte", "Rui Pestana estuda o traçado há dois anos. O especialista acrescentou: «O problema não é o túnel».", "Rui Pestana")]
    [InlineData("Travaux du pont", "Claire Dumont suit le chantier depuis mars. La sociologue a ajouté : « Personne ne veut partir ».", "Claire Dumont")]
    public void AnOpeningProfession_MeansThePersonJustNamed(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);

    [Theory]
    // The person just named holds a role the article gave them: no engineer (before, the trade reading
    // of SpeakerFinder.TradeMet.cs made the mayor the engineer the sentence after his was about).
    [InlineData("Obras del puente", "El alcalde, Pedro Gil, visitó las obras del puente. La ingeniera añadió: «No hay ningún riesgo para los vecinos».", "Pedro Gil")]
    [InlineData("Lavori del ponte", "Il sindaco, Pietro Galli, ha visitato il cantiere. L'ingegnere ha aggiunto: «Non c'è alcun rischio».", "Pietro Galli")]
    // An indefinite article brings someone new in.
    [InlineData("Obras del puente", "Ana Gil dirige las obras del puente desde marzo. Una ingeniera añadió: «No hay ningún riesgo para los vecinos».", "Ana Gil")]
    public void AnOpeningProfession_NeverMeansSomeoneItWouldNotMeanAtTheCue(string headline, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Under(headline, paragraph)[^1]);
}
