namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// The part of the day a report was made, between an inverted verb and its subject, as a day's
/// name already stands there: <c>«…», contaba por la tarde X, presidente de …</c>.
/// </summary>
public sealed class DayPartBeforeSubjectTests
{
    [Theory]
    [InlineData("es", "«A las ocho el agua bajaba blanca», contaba por la tarde Ramón Gutiérrez, presidente de la sociedad de pescadores, que avisó al 112.", "Ramón Gutiérrez")]
    [InlineData("es", "«No vamos a cerrar», aseguró esta mañana la alcaldesa, Marta Villalba.", "Marta Villalba")]
    [InlineData("it", "«Il ponte riaprirà a marzo», ha spiegato in serata il sindaco, Marco Ferri.", "Marco Ferri")]
    [InlineData("it", "«Abbiamo perso tutto», raccontava stamattina Giulia Serafini.", "Giulia Serafini")]
    [InlineData("pt", "«A ponte abre em março», garantiu esta manhã o presidente da câmara, Jorge Leitão.", "Jorge Leitão")]
    [InlineData("nl", "\"We gaan door met het plan\", zei vanavond wethouder Eva Smit.", "Eva Smit")]
    public void TheSubjectAfterThePartOfTheDay_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a listener after the part of the day, and a name the part of the day belongs to
    // as an object, give no one.
    [Theory]
    [InlineData("es", "«A las ocho el agua bajaba blanca», contaba por la tarde a su vecino, Ramón Gutiérrez.", "Ramón Gutiérrez")]
    [InlineData("it", "«Il ponte riaprirà a marzo», ha spiegato in serata ai cittadini, Marco Ferri.", "Marco Ferri")]
    public void AListenerAfterThePartOfTheDay_DoesNotSpeak(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
