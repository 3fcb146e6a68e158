namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence opens on a preposition of place and a place of two capitalised words ("En Villa Rosales, …",
/// "In Bad Ellern wartete …"); the next quote has only a verb or a pronoun for its cue. The place names no
/// one: it is never the quote's speaker (SpeakerFinder.OpeningPlace.cs). Invented sentences.
/// </summary>
public sealed class OpeningPlaceTests
{
    private const string NamedEn = "The harbour master, Tom Hale, defended the timetable. \"We had no choice,\" he said.";

    // At the base each of these gave the place, read as a person's name, the second quote.
    [Theory]
    [InlineData("es", "El director del puerto, Pablo Méndez, defendió el horario. «No teníamos otra opción», dijo.",
        "En Villa Rosales, a la puerta del mercado, un pescador de 60 años esperaba el barco. «Nadie nos dice nada», explicó.", "Villa Rosales")]
    [InlineData("pt", "O diretor do porto, Paulo Mendes, defendeu o horário. «Não tínhamos escolha», disse.",
        "Em Vila Franca, à porta do mercado, um pescador de 60 anos esperou pelo barco. «Ninguém nos diz nada», explicou.", "Vila Franca")]
    [InlineData("it", "Il direttore del porto, Paolo Gatti, ha difeso l'orario. «Non avevamo scelta», ha detto.",
        "In Val Rosina, davanti al mercato, un pescatore di 60 anni aspettava la barca. «Nessuno ci dice niente», ha spiegato.", "Val Rosina")]
    [InlineData("de", "Der Hafenmeister Thomas Hahn verteidigte den Fahrplan. „Wir hatten keine Wahl“, sagte er.",
        "In Bad Ellern wartete ein Fischer am Kai auf das Boot. „Niemand sagt uns etwas“, sagte er.", "Bad Ellern")]
    [InlineData("nl", "De havenmeester, Tom de Haan, verdedigde de dienstregeling. “We hadden geen keus”, zei hij.",
        "In Nieuw Ellerdam wachtte een visser op de kade op de boot. “Niemand vertelt ons iets”, zei hij.", "Nieuw Ellerdam")]
    [InlineData("fr", "Le directeur du port, Paul Girard, a défendu les horaires. « Nous n'avions pas le choix », a-t-il dit.",
        "À Port Ellery, devant la criée, un pêcheur de 60 ans attendait le bateau. « Personne ne nous dit rien », explique-t-il.", "Port Ellery")]
    [InlineData("en", NamedEn,
        "In Port Ellery, a fisherman waited on the quay with his nets. “Nobody tells us anything,” he said.", "Port Ellery")]
    public void APlaceAfterAnOpeningPrepositionOfPlace_IsNoSpeaker(string language, string named, string place, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", named, place)[1]);

    // Where the verb stands second, the one it brings in after the place is read as the subject now, no
    // longer kept out by the place's capitals: the fisherman speaks (the place did at the base).
    [Theory]
    [InlineData("de", "Der Hafenmeister Thomas Hahn verteidigte den Fahrplan. „Wir hatten keine Wahl“, sagte er.",
        "In Bad Ellern wartete ein Fischer am Kai auf das Boot. „Niemand sagt uns etwas“, sagte er.", "Fischer")]
    [InlineData("nl", "De havenmeester, Tom de Haan, verdedigde de dienstregeling. “We hadden geen keus”, zei hij.",
        "In Nieuw Ellerdam wachtte een visser op de kade op de boot. “Niemand vertelt ons iets”, zei hij.", "visser")]
    public void SomeoneUnnamedAfterThePlaceAndTheVerb_IsTheSpeaker(string language, string named, string place, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.InLanguage(language, "Probe", named, place)[1]);

    // The sentence that opens on the place sets a new scene: the person quoted before does not go on
    // speaking past it (the place took the quote at the base; without the scene's end, they would).
    [Theory]
    [InlineData("es", "El director del puerto, Pablo Méndez, defendió el horario. «No teníamos otra opción», dijo.",
        "En Villa Rosales, el mercado abrió antes. «Nadie nos dice nada», explicó.", "Pablo Méndez")]
    [InlineData("pt", "O diretor do porto, Paulo Mendes, defendeu o horário. «Não tínhamos escolha», disse.",
        "Em Vila Franca, à porta do mercado, um pescador de 60 anos esperou pelo barco. «Ninguém nos diz nada», explicou.", "Paulo Mendes")]
    [InlineData("it", "Il direttore del porto, Paolo Gatti, ha difeso l'orario. «Non avevamo scelta», ha detto.",
        "In Val Rosina, davanti al mercato, un pescatore di 60 anni aspettava la barca. «Nessuno ci dice niente», ha spiegato.", "Paolo Gatti")]
    public void ThePersonQuotedBefore_DoesNotGoOnPastThePlace(string language, string named, string place, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", named, place)[1]);

    // The same sentence with no one unnamed in it: the place is still no one.
    [Theory]
    [InlineData("pt", "O diretor do porto, Paulo Mendes, defendeu o horário. «Não tínhamos escolha», disse.",
        "Em Vila Franca, o mercado abriu mais cedo. «Ninguém nos diz nada», explicou.", "Vila Franca")]
    [InlineData("es", "El director del puerto, Pablo Méndez, defendió el horario. «No teníamos otra opción», dijo.",
        "En Villa Rosales, el mercado abrió antes. «Nadie nos dice nada», explicó.", "Villa Rosales")]
    public void APlaceOpeningASentenceOfNoOne_IsNoSpeaker(string language, string named, string place, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", named, place)[1]);

    // Negatives: a person named after the place's comma, or after the verb that follows the place, is the
    // subject, and keeps the quote.
    [Theory]
    [InlineData("en", "In Port Ellery, Jane Roe waited on the quay with her nets. “Nobody tells us anything,” she said.", "Jane Roe")]
    [InlineData("es", "En Villa Rosales, Marta Gil esperaba el barco. «Nadie nos dice nada», explicó.", "Marta Gil")]
    [InlineData("pt", "Em Vila Franca, Ana Sousa esperou pelo barco. «Ninguém nos diz nada», explicou.", "Ana Sousa")]
    [InlineData("fr", "À Port Ellery, Claire Martin attendait le bateau. « Personne ne nous dit rien », explique-t-elle.", "Claire Martin")]
    [InlineData("it", "In Val Rosina, Giulia Conti aspettava la barca. «Nessuno ci dice niente», ha spiegato.", "Giulia Conti")]
    public void APersonNamedAfterThePlace_KeepsTheQuote(string language, string sentence, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.InLanguage(language, "Probe", sentence)[0]);

    // Where the verb stands second, the person named after it is the subject; the reader does not read
    // that name as the quote's speaker yet (no one, before this rule and after), but the place is never it
    // (the Dutch probe gave the place at the base).
    [Theory]
    [InlineData("de", "In Bad Ellern wartete Anna Berger am Kai auf das Boot. „Niemand sagt uns etwas“, sagte sie.", "Bad Ellern")]
    [InlineData("nl", "In Nieuw Ellerdam wachtte Anna de Vries op de kade. “Niemand vertelt ons iets”, zei ze.", "Nieuw Ellerdam")]
    public void APersonNamedAfterTheSecondVerb_LeavesThePlaceAside(string language, string sentence, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", sentence)[0]);
}
