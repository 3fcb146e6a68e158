namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// Verbs of belief, avowal and calling report in every language, as English "believe", "confess"
/// and "call" do (<c>cree que la situación es «…»</c>, <c>vindt het verbod "…"</c>, <c>nannte das
/// Angebot „…“</c>); and the words set off by commas between an inverted verb and its subject may
/// run to eight (<c>», a lancé, sous les huées d'une partie de la salle, X</c>).
/// </summary>
public sealed class BeliefVerbAndLongInsertTests
{
    [Theory]
    [InlineData("en", "Ruth Alder believes the new rules are \"a step too far\".", "Ruth Alder")]
    [InlineData("es", "Rocío Galindo cree que la situación es «insostenible».", "Rocío Galindo")]
    [InlineData("es", "«No sé cómo lo hemos hecho», confesaba el base Diego Arrieta.", "Diego Arrieta")]
    [InlineData("it", "Il commerciante Marco Neri ritiene che il piano sia «un errore».", "Marco Neri")]
    [InlineData("it", "«Ho avuto paura», confessa la barista Lucia Ferri.", "Lucia Ferri")]
    [InlineData("pt", "A comerciante Rita Gomes acredita que o plano é «um erro».", "Rita Gomes")]
    [InlineData("pt", "«Tive medo», confessou a empregada Rita Gomes.", "Rita Gomes")]
    [InlineData("fr", "Le commerçant Marc Nérac croit que le projet est « une erreur ».", "Marc Nérac")]
    [InlineData("de", "Gemeinderat Tobias Lenk nannte das Angebot „vergiftet“.", "Tobias Lenk")]
    [InlineData("de", "Rita Gomm glaubt, dass der Plan „ein Fehler“ ist.", "Rita Gomm")]
    [InlineData("de", "Marc Neuber bezeichnete den Plan als „einen Fehler“.", "Marc Neuber")]
    [InlineData("nl", "Raadslid Youssef Amran vindt het verbod \"symboolpolitiek\".", "Youssef Amran")]
    [InlineData("nl", "Marc Nijs gelooft dat het plan \"een vergissing\" is.", "Marc Nijs")]
    public void AVerbOfBeliefAvowalOrCalling_Reports(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("fr", "« On nous explique qu'il faut nourrir la planète », a lancé, sous les huées d'une partie de la salle, Yann Le Bihan.", "Yann Le Bihan")]
    [InlineData("es", "«Nos han dejado solos», ha dicho, con la voz rota por la emoción, la vecina Ana Prieto.", "Ana Prieto")]
    [InlineData("it", "«Ci hanno lasciati soli», ha detto, con la voce rotta dall'emozione, la vicina Anna Pratesi.", "Anna Pratesi")]
    [InlineData("pt", "«Deixaram-nos sozinhos», disse, com a voz embargada pela emoção, a vizinha Ana Prates.", "Ana Prates")]
    public void ALongInsertAfterTheVerb_IsSteppedOver(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: Dutch "vond" (found) and an insert holding a name read as before.
    [Theory]
    [InlineData("nl", "De politie vond in de auto een briefje met de tekst \"tot ziens\".", null)]
    [InlineData("fr", "« On tiendra », a lancé, devant le maire Paul Girard et ses adjoints, un pêcheur.", "Paul Girard")]
    public void OtherReadings_AreAsBefore(string language, string paragraph, string? notSpeaker)
    {
        var speaker = ConstructionProbe.LastSpeaker(language, paragraph);
        if (notSpeaker is null)
        {
            Assert.Null(speaker);
        }
        else
        {
            Assert.NotEqual(notSpeaker, speaker);
        }
    }
}
