namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A named person set off by a comma, then the body they work for in a complement whose head is a capitalised noun the
/// lexicons do not list as a body ("X, della Stazione di biologia marina di Y:", "X, de la Estación de …", "X, da
/// Estação de …"; issue 10, session 64). The body's head word is no person: the quote after the colon is the named
/// person's, and a pronoun after it means that person too. Beside them the negatives. Invented sentences; paragraphs
/// separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class BodyHeadInPersonComplementTests
{
    [Theory]
    [InlineData("it", "Lo conferma il geologo Marco Peretti, della Stazione di ricerca alpina di Valdora: «Il ghiacciaio arretra ogni anno».", "Marco Peretti")]
    [InlineData("it", "Interviene l'ingegnera Laura Bini, dell'Osservatorio sismico di Monteroso: «Le scosse sono lievi ma frequenti».", "Laura Bini")]
    [InlineData("es", "Responde el técnico Julián Sanz, del Observatorio de calidad del aire de Valdecea: «Los niveles bajaron en mayo».", "Julián Sanz")]
    [InlineData("fr", "Le confirme la chercheuse Anne Morel, de la Station de biologie marine de Port-Lenn : « Les herbiers reculent chaque été ».", "Anne Morel")]
    [InlineData("en", "The researcher Jane Holt, of the Station for Coastal Ecology in Kelby, put it simply: \"The dunes are moving inland.\"", "Jane Holt")]
    [InlineData("nl", "Onderzoeker Eva Brinkman, van het Station voor Zeebiologie in Wadhaven, is stellig: ‘De zeegrassen gaan hard achteruit.’", "Eva Brinkman")]
    [InlineData("de", "Die Forscherin Anna Weber, von der Station für Meeresbiologie in Kielsund, warnt: „Das Seegras geht jedes Jahr zurück.“", "Anna Weber")]
    public void BodyHeadAfterTheName_TheNamedPersonSpeaks(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // The pronoun after: still the named person, not the body's head word.
    [InlineData("it", "Lo conferma la geologa Paola Ferri, della Stazione di ricerca alpina di Valdora: «Il ghiacciaio arretra». ¶ Lei però ammette: «Abbiamo pochi dati».", "Paola Ferri|Paola Ferri")]
    public void PronounAfter_MeansTheNamedPerson(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A cue that opens the sentence before its subject ("Lo explica la bióloga …", "Explica o geólogo …"): the
    // person is not reached by the colon's reading, so the quote goes to no one; the body's head word, which had it
    // before, no longer does (precision first).
    [InlineData("es", "Lo explica la bióloga Marta Ríos, de la Estación de ecología marina de Puerto Albar: «Las praderas se recuperan despacio».", "-")]
    [InlineData("pt", "Explica o geólogo Rui Matos, da Estação de biologia marinha de Vila Serra: «As dunas recuam todos os invernos».", "-")]
    [InlineData("es", "Lo explica la bióloga Marta Ríos, de la Estación de ecología marina de Puerto Albar: «Las praderas se recuperan». ¶ Ella, sin embargo, admite: «Faltan datos».", "-|-")]
    // No person named, someone unnamed of the body: the body's head word is no speaker (no one before and now).
    [InlineData("it", "Lo conferma un tecnico della Stazione di ricerca alpina di Valdora: «Il ghiacciaio arretra».", "-")]
    [InlineData("es", "Según los datos de la Estación de ecología marina de Puerto Albar, las praderas «se recuperan despacio».", "-")]
    public void PersonNotReached_TheBodyHeadNoLongerSpeaks(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);
}
