namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body that speaks (issue 10, session 61): its words given by a statement's verb with the body after it
/// ("aldus de stichting", "fa sapere la fondazione"), by "according to" and its kin with a body, or by
/// "heißt es aus dem/vom" with a body. The speaker is the body's full name as the article first gives it,
/// else its kind noun. Invented sentences, other bodies, kinds and verbs than the articles that showed the
/// class; paragraphs separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class StatementBodyTests
{
    [Theory]
    // A statement's verb with the body's kind noun after it, the body named in full before.
    [InlineData("Stichting Groene Brug heeft dinsdag een petitie aangeboden aan de raad. ¶ ‘We zijn het wachten beu’, aldus de stichting.", "Stichting Groene Brug")]
    [InlineData("La Fondazione Borgo Vivo ha raccolto cinquantamila euro. ¶ «Siamo molto soddisfatti», fa sapere la fondazione.", "Fondazione Borgo Vivo")]
    [InlineData("La Fundación Río Claro ha recaudado cincuenta mil euros. ¶ «Estamos muy satisfechos», señala la fundación.", "Fundación Río Claro")]
    [InlineData("La Fondation Val Clair a collecté cinquante mille euros. ¶ « Nous sommes très satisfaits », indique la fondation.", "Fondation Val Clair")]
    // The kind noun alone: the body is never named, so the kind is the answer.
    [InlineData("De weg gaat in mei dicht. ¶ ‘Er is geen andere route mogelijk’, laat de provincie weten.", "provincie")]
    [InlineData("Die Straße wird im Mai gesperrt. ¶ „Eine andere Route gibt es nicht“, teilte die Stadtverwaltung mit.", "Stadtverwaltung")]
    [InlineData("La strada chiude a maggio. ¶ «Non esiste un percorso alternativo», fa sapere la prefettura.", "prefettura")]
    [InlineData("La carretera cierra en mayo. ¶ «No hay otra ruta posible», señala el ayuntamiento.", "ayuntamiento")]
    [InlineData("La route ferme en mai. ¶ « Il n'existe pas d'autre itinéraire », indique la préfecture.", "préfecture")]
    // "According to" and its kin with a body, the quote inside its clause.
    [InlineData("De weg gaat in mei dicht. ¶ Volgens de gemeente duurt de bouw ‘nog zeker een jaar’.", "gemeente")]
    [InlineData("Die Straße wird im Mai gesperrt. ¶ Nach Angaben der Stadtverwaltung dauern die Arbeiten „mindestens ein Jahr“.", "Stadtverwaltung")]
    [InlineData("La strada chiude a maggio. ¶ Secondo la prefettura, i lavori dureranno «almeno un anno».", "prefettura")]
    [InlineData("La carretera cierra en mayo. ¶ Según el ayuntamiento, las obras durarán «al menos un año».", "ayuntamiento")]
    [InlineData("A estrada fecha em maio. ¶ Segundo a autarquia, as obras vão durar «pelo menos um ano».", "autarquia")]
    [InlineData("La route ferme en mai. ¶ Selon la préfecture, les travaux dureront « au moins un an ».", "préfecture")]
    // German "heißt es aus/von" with a body.
    // A diocese by its noun alone (the lexicons' bare bodies, session 61), with other verbs than the article's.
    [InlineData("Die Kirche wird im Mai geschlossen. ¶ „Wir können nicht jedes Gebäude halten“, teilte das Bistum mit.", "Bistum")]
    [InlineData("De kerk gaat in mei dicht. ¶ ‘We kunnen niet elk gebouw houden’, laat het bisdom weten.", "bisdom")]
    [InlineData("La chiesa chiude a maggio. ¶ «Non possiamo mantenere ogni edificio», precisa la diocesi.", "diocesi")]
    [InlineData("La iglesia cierra en mayo. ¶ «No podemos mantener todos los edificios», señala el obispado.", "obispado")]
    [InlineData("L'église ferme en mai. ¶ « Nous ne pouvons pas garder chaque bâtiment », indique le diocèse.", "diocèse")]
    [InlineData("A igreja fecha em maio. ¶ Segundo a diocese, não é possível manter «todos os edifícios».", "diocese")]
    // A brotherhood named in full, then called back by its noun.
    [InlineData("La Hermandad de la Vera Cruz ha votado el nuevo recorrido. ¶ «Ha sido una decisión difícil», señala la hermandad.", "Hermandad de la Vera Cruz")]
    public void BodyAfterItsStatement_Speaks(string paragraphs, string expected) => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The body is the object, a place, or a person is named as the author of the statement.
    [InlineData("Jane Morris runs the corner shop. ¶ \"We were let down again,\" she said, criticising the council.", "Jane Morris")]
    [InlineData("Anouk Vermeer heeft een winkel aan de Dorpsstraat. ¶ ‘We zijn opnieuw teleurgesteld’, zegt ze over de gemeente.", "Anouk Vermeer")]
    [InlineData("Die Straße wird im Mai gesperrt. ¶ „Hier ist nichts mehr los“, heißt es in der Gemeinde.", "-")]
    [InlineData("The road closes in May. ¶ In a statement, Tom Hale said: \"We did all we could.\"", "Tom Hale")]
    [InlineData("De weg gaat in mei dicht. ¶ In een verklaring zegt Piet de Boer: ‘We hebben alles gedaan.’", "Piet de Boer")]
    [InlineData("La strada chiude a maggio. ¶ In una nota, Marco Ferri scrive: «Abbiamo fatto il possibile».", "Marco Ferri")]
    // A province written as a place, never as the speaker.
    [InlineData("La strada chiude a maggio. ¶ «Qui non succede mai niente», dice Luca Bruni, che vive in provincia.", "Luca Bruni")]
    [InlineData("De weg gaat in mei dicht. ¶ ‘Hier gebeurt nooit iets’, zegt Sanne Kok, die in de provincie woont.", "Sanne Kok")]
    public void BodyNotSpeaking_LeavesTheSpeaker(string paragraphs, string expected) => QuoteSpeakers.Check(paragraphs, expected);

    // A later statement after a body's own sentence is that body's, not the earlier study's issuer's: a fishermen's
    // guild ("cofradía") is a body since session 61 (before, no one; moved from DocumentIssuerTests).
    [Fact]
    public void StatementAfterABrotherhoodsSentence_IsTheBrotherhoods()
        => QuoteSpeakers.Check(
            "Un informe de la Fundación Mareas estima que la flota perderá un tercio de sus barcos antes de 2030. La cofradía de pescadores respondió con dureza al día siguiente. «Los datos están mal», dice el comunicado.",
            "cofradía de pescadores");
}
