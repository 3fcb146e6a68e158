namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body after an <c>according to</c> phrase, given by its article and noun: German "nach Angaben
/// der Gemeinde", "nach Auskunft des Vereins", "laut der Stadtverwaltung". The noun (a genitive's
/// ending taken off) means the body the article named with it. People, or a noun that names no
/// body, give no body.
/// </summary>
public sealed class AccordingToBodyTests
{
    [Theory]
    [InlineData("Die Brücke", "Die Gemeinde Kaltenbach sperrte die Brücke am Montag. Nach Angaben der Gemeinde sind die Schäden „erheblich“.", "Gemeinde Kaltenbach")]
    [InlineData("Die Brücke", "Der Verein Brückenfreunde Kaltenbach sammelt Spenden. Nach Auskunft des Vereins sind die Schäden „erheblich“.", "Verein Brückenfreunde Kaltenbach")]
    [InlineData("Die Brücke", "Der Verein Brückenfreunde Kaltenbach sammelt Spenden. Die Schäden sind nach Darstellung des Vereins „erheblich“.", "Verein Brückenfreunde Kaltenbach")]
    public void ABodyAfterAnAccordingToPhrase_Speaks(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Residents are no body; the body named before is not their source.
    [Theory]
    [InlineData("Die Brücke", "Die Gemeinde Kaltenbach sperrte die Brücke am Montag. Nach Angaben der Anwohner sind die Schäden „erheblich“.", "Gemeinde Kaltenbach")]
    [InlineData("La obra", "La Asociación Vecinos del Puerto recurrió la obra. Según los datos del padrón, el barrio está «vacío».", "Asociación Vecinos del Puerto")]
    public void PeopleOrDataAfterThePhrase_AreNoBody(string headline, string paragraph, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.Under(headline, paragraph));
}
