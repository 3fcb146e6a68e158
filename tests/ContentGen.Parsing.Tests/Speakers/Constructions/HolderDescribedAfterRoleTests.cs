namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A cue's role, then after a comma the holder named with a rank (<c>reconheceu o comandante do
/// quartel, o coronel X</c>) or with a profession one word qualifies (<c>the retired skipper X</c>,
/// <c>la maestra quesera X</c>); and a possessive standing for the cue noun's article (<c>said his
/// colleague, X</c>, <c>sagte seine Kollegin, X</c>). The name speaks, not the role or noun before it.
/// </summary>
public sealed class HolderDescribedAfterRoleTests
{
    [Theory]
    [InlineData("pt", "«Não podemos pôr a navegar barcos que ninguém paga», reconheceu o comandante do quartel, o coronel Rodrigo Fagundes.", "Rodrigo Fagundes")]
    [InlineData("it", "«Non possiamo far navigare barche che nessuno paga», ha ammesso il presidente dell'autorità, il colonnello Rodolfo Ghidini.", "Rodolfo Ghidini")]
    [InlineData("fr", "« Nous ne pouvons pas faire naviguer des bateaux que personne ne paie », a reconnu le président de la régie, le colonel Olivier Marchal.", "Olivier Marchal")]
    [InlineData("es", "«No podemos mover barcos que nadie paga», reconoció su presidente, el coronel Ramiro Ordóñez.", "Ramiro Ordóñez")]
    [InlineData("nl", "\"We kunnen geen boten laten varen die niemand betaalt\", zei de voorzitter van het bedrijf, de kolonel Onno Marsman.", "Onno Marsman")]
    [InlineData("de", "„Wir können keine Schiffe fahren lassen, die niemand bezahlt“, sagte der Vorsitzende, der Oberst Ortwin Marzahn.", "Ortwin Marzahn")]
    public void AHolderNamedWithARank_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("en", "\"We cannot run boats nobody pays for,\" said the chairman of the trust, the retired skipper Owen Marlow.", "Owen Marlow")]
    [InlineData("es", "«No podemos mover barcos que nadie paga», reconoció la presidenta del jurado, la maestra quesera Ramira Ordóñez.", "Ramira Ordóñez")]
    [InlineData("fr", "« Nous ne pouvons pas faire naviguer des bateaux que personne ne paie », a reconnu le président de la régie, l'ingénieur retraité Olivier Marchal.", "Olivier Marchal")]
    [InlineData("pt", "«Não podemos pôr a navegar barcos que ninguém paga», reconheceu o presidente da autoridade, o engenheiro reformado Rodrigo Fagundes.", "Rodrigo Fagundes")]
    [InlineData("it", "«Non possiamo far navigare barche che nessuno paga», ha ammesso il presidente dell'autorità, l'ingegnere pensionato Rodolfo Ghidini.", "Rodolfo Ghidini")]
    [InlineData("de", "„Wir können keine Schiffe fahren lassen, die niemand bezahlt“, sagte der Vorsitzende, der pensionierte Kapitän Ortwin Marzahn.", "Ortwin Marzahn")]
    [InlineData("nl", "\"We kunnen geen boten laten varen die niemand betaalt\", zei de voorzitter van het bedrijf, de gepensioneerde kapitein Onno Marsman.", "Onno Marsman")]
    public void AHolderNamedWithAQualifiedProfession_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("en", "\"This is the third cut in four years,\" said his colleague, Owen Marlow.", "Owen Marlow")]
    [InlineData("fr", "« C'est la troisième coupe en quatre ans », a regretté sa collègue, Odile Marchal.", "Odile Marchal")]
    [InlineData("es", "«Es el tercer recorte en cuatro años», dijo su compañera, Ramira Ordóñez.", "Ramira Ordóñez")]
    [InlineData("de", "„Das ist die dritte Kürzung in vier Jahren“, sagte seine Kollegin, Dagmar Pfeil.", "Dagmar Pfeil")]
    [InlineData("nl", "\"Dit is de derde bezuiniging in vier jaar\", zei zijn collega, Onno Marsman.", "Onno Marsman")]
    [InlineData("it", "«È il terzo taglio in quattro anni», ha spiegato la sua collega, Rodolfa Ghidini.", "Rodolfa Ghidini")]
    [InlineData("pt", "«É o terceiro corte em quatro anos», disse a sua colega, Rodriga Fagundes.", "Rodriga Fagundes")]
    public void AHolderSetOffAfterAPossessiveNoun_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, Scene(language), paragraph));

    // A paragraph that brings in the body whose people the possessive means.
    private static string Scene(string language) => language switch
    {
        "fr" => "La régie du port de Tolvan a annoncé lundi que l'horaire d'hiver perdrait deux traversées.",
        "de" => "Die Hafenbehörde von Tolvan teilte am Montag mit, dass der Winterfahrplan zwei Fahrten verliert.",
        "es" => "La autoridad portuaria de Tolvan anunció el lunes que el horario de invierno perderá dos travesías.",
        "it" => "L'autorità portuale di Tolvano ha annunciato lunedì che l'orario invernale perderà due corse.",
        "pt" => "A autoridade portuária de Tolvão anunciou na segunda-feira que o horário de inverno vai perder duas travessias.",
        "nl" => "Het havenbedrijf van Tolvan maakte maandag bekend dat de winterdienst twee overtochten verliest.",
        _ => "The Tolvan Harbour Trust said on Monday that the winter timetable would lose two crossings.",
    };

    // Guards: no name after the rank or the qualified profession, or a link after the
    // qualifier: the role is read alone, as before.
    [Theory]
    [InlineData("en", "\"We cannot run boats nobody pays for,\" said the chairman of the trust, the retired skipper of the ferry.", "chairman")]
    [InlineData("es", "«No podemos mover barcos que nadie paga», reconoció el presidente de la autoridad, el coronel retirado.", "presidente")]
    [InlineData("fr", "« Nous ne pouvons pas faire naviguer des bateaux que personne ne paie », a reconnu le président de la régie, l'ingénieur de Tolvan.", "président")]
    public void NoHolderNamedAfterTheRole_LeavesTheRole(string language, string paragraph, string role)
        => Assert.Equal(role, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guard: two people joined after the possessive's noun are no one's appositive. ("said the
    // chairman to his colleague, X" no longer gives X: PossessedListenerAfterRoleTests;
    // "sagte der Vorsitzende seiner Kollegin, X", a dative or a genitive, still does.)
    [Theory]
    [InlineData("es", "«Es el tercer recorte en cuatro años», dijo su compañera, Ramira Ordóñez y Lidia Carrasco.", "Ramira Ordóñez")]
    [InlineData("en", "\"This is the third cut in four years,\" said his colleague, Owen Marlow and Dana Pike.", "Owen Marlow")]
    public void TwoPeopleAfterThePossessiveNoun_DoNotSpeak(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
