namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Those spoken to, after the speaker's name in an inverted cue: "sagte Max Brandt den Zuhörern"
/// (a dative article after a name is no part of it, Phrase.ListenerArticle.cs) and "le dijo Ana
/// Ruiz a los vecinos" (the listener's pronoun before the verb is stepped over, as the lexicons'
/// fillers are).
/// </summary>
public sealed class ListenerAfterSpeakerTests
{
    [Fact]
    public void AGermanDativeAfterTheName_BringsInTheListeners()
        => Assert.Equal(
            new[] { "Max Brandt", "Eva Kohl" },
            QuoteSpeakers.Under(
                "Der Gemeinderat streitet über den neuen Radweg",
                "Der Gemeinderat hat über den Radweg beraten und die Entscheidung wieder vertagt, weil die Kosten gestiegen sind. „Wir brauchen mehr Zeit für die Planung“, sagte Max Brandt den Zuhörern im Saal.",
                "„Die Anwohner haben lange genug gewartet“, sagte Eva Kohl dem Gemeinderat."));

    [Fact]
    public void ADutchNameWithDen_KeepsIt()
        => Assert.Equal(
            new[] { "Joop den Hartog" },
            QuoteSpeakers.Under(
                "Gemeente stelt besluit over fietspad uit",
                "De gemeenteraad heeft dinsdag opnieuw over het fietspad gesproken en het besluit uitgesteld. “We hebben meer tijd nodig voor de planning”, zei Joop den Hartog."));

    [Fact]
    public void ASpanishListenersPronounBeforeTheVerb_IsSteppedOver()
        => Assert.Equal(
            new[] { "Ana Ruiz", "Luis Mora" },
            QuoteSpeakers.Under(
                "El pleno aplaza la decisión sobre el carril bici",
                "El pleno del Ayuntamiento volvió a debatir el martes el carril bici y aplazó la decisión. «Necesitamos más tiempo para el proyecto», le dijo Ana Ruiz a la concejala de Obras.",
                "«Los vecinos ya han esperado bastante», les dijo Luis Mora a los asistentes."));

    [Fact]
    public void APortugueseListenersPronounBeforeTheVerb_IsSteppedOver()
        => Assert.Equal(
            new[] { "Rui Lopes" },
            QuoteSpeakers.Under(
                "Câmara adia decisão sobre a ciclovia",
                "A assembleia municipal voltou a discutir a ciclovia na terça-feira e adiou a decisão. “Precisamos de mais tempo para o projeto”, lhe disse Rui Lopes à saída."));

    [Fact]
    public void ASpanishListenersPronounWithNoNameAfterTheVerb_NeverGivesTheListeners()
        => Assert.DoesNotContain(
            "vecinos",
            QuoteSpeakers.Under(
                "El pleno aplaza la decisión sobre el carril bici",
                "El pleno del Ayuntamiento volvió a debatir el martes el carril bici y aplazó la decisión. «Necesitamos más tiempo para el proyecto», les dijo a los vecinos."));
}
