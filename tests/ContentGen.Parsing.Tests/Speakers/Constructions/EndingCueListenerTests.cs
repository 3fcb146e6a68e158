namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A sentence of reported words whose ending cue goes on past its verb and subject to whom the
/// words were said: <c>Das Mehl sei teuer geworden, sagte sie dem Bayerischen Rundfunk.</c>,
/// <c>…, dijo a la radio local.</c> The listener (an outlet, a person) is never the cue's subject:
/// the pronoun or the dropped subject is, so the quote with no cue after it goes on with the
/// person named before.
/// </summary>
public sealed class EndingCueListenerTests
{
    [Theory]
    [InlineData("de", "Anna Berger führt die Bäckerei am Hafen.", "Das Mehl sei teuer geworden, sagte sie dem Bayerischen Rundfunk. „Wir machen trotzdem weiter.“", "Anna Berger")]
    [InlineData("de", "Anna Berger führt die Bäckerei am Hafen.", "Das Mehl sei teuer geworden, sagte sie der Lokalzeitung. „Wir machen trotzdem weiter.“", "Anna Berger")]
    [InlineData("en", "Mary Holt runs the bakery on Quay Street.", "Flour had become expensive, she told the Gazette. \"We will carry on.\"", "Mary Holt")]
    [InlineData("en", "Mary Holt runs the bakery on Quay Street.", "Flour had become expensive, she told BBC Radio Kent. \"We will carry on.\"", "Mary Holt")]
    [InlineData("fr", "Claire Roux tient la boulangerie du port.", "La farine est devenue chère, a-t-elle confié au Courrier. « Nous continuons. »", "Claire Roux")]
    [InlineData("fr", "Claire Roux tient la boulangerie du port.", "La farine est devenue chère, explique-t-elle à la radio locale. « Nous continuons. »", "Claire Roux")]
    [InlineData("es", "Marta Gil lleva la panadería del puerto.", "La harina se ha encarecido, dijo a la radio local. «Seguimos adelante.»", "Marta Gil")]
    [InlineData("es", "Marta Gil lleva la panadería del puerto.", "La harina se ha encarecido, explicó al Diario del Puerto. «Seguimos adelante.»", "Marta Gil")]
    [InlineData("it", "Anna Rossi gestisce il forno del porto.", "La farina è diventata cara, ha detto al Tirreno. «Andiamo avanti.»", "Anna Rossi")]
    [InlineData("it", "Anna Rossi gestisce il forno del porto.", "La farina è diventata cara, ha spiegato alla radio locale. «Andiamo avanti.»", "Anna Rossi")]
    [InlineData("pt", "Ana Rocha gere a padaria do porto.", "A farinha ficou cara, disse à rádio local. «Vamos continuar.»", "Ana Rocha")]
    [InlineData("pt", "Ana Rocha gere a padaria do porto.", "A farinha ficou cara, explicou ao Jornal do Porto. «Vamos continuar.»", "Ana Rocha")]
    [InlineData("nl", "Anna Roos runt de bakkerij aan de haven.", "Het meel is duur geworden, zei ze tegen de Omroep. ‘We gaan door.’", "Anna Roos")]
    [InlineData("nl", "Anna Roos runt de bakkerij aan de haven.", "Het meel is duur geworden, vertelde ze aan het Dagblad. ‘We gaan door.’", "Anna Roos")]
    public void AListenerAfterAnEndingCue_LeavesItsSubjectToGoOn(string language, string scene, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));

    // The subject named after the listener, or an article that opens the subject (Portuguese "a"):
    // the cue's subject is that noun, not a dropped subject meaning the person before.
    [Theory]
    [InlineData("es", "Marta Gil lleva la panadería del puerto.", "La harina se ha encarecido, dijo a la radio el alcalde. «Seguimos adelante.»", "Marta Gil")]
    [InlineData("it", "Anna Rossi gestisce il forno del porto.", "La farina è diventata cara, ha detto al Tirreno il sindaco. «Andiamo avanti.»", "Anna Rossi")]
    [InlineData("pt", "Ana Rocha gere a padaria do porto.", "A farinha ficou cara, disse a ministra. «Vamos continuar.»", "Ana Rocha")]
    [InlineData("es", "Marta Gil lleva la panadería del puerto.", "La harina se ha encarecido, dijo a EFE Manuel Otero. «Seguimos adelante.»", "Marta Gil")]
    [InlineData("pt", "Rui Rocha gere a padaria do porto.", "«Não vamos fechar», disse a Marta Lemos.", "Rui Rocha")]
    public void ASubjectAfterOrInsteadOfTheListener_IsNotTheOneBefore(string language, string scene, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));

    // A quote's own cue with a listener, read before: the listener, an outlet or a person named in
    // full, never speaks; an outlet that reports is no earlier person.
    [Theory]
    [InlineData("en", "Mary Holt runs the bakery on Quay Street.", "\"We will not close,\" she told Tom Vale.", "Mary Holt")]
    [InlineData("de", "Anna Berger führt die Bäckerei am Hafen.", "„Wir schließen nicht“, sagte sie zu Tom Vale.", "Anna Berger")]
    [InlineData("de", "Anna Berger führt die Bäckerei am Hafen.", "„Wir schließen nicht“, sagte sie dem Bayerischen Rundfunk. „Der Ofen bleibt heiß.“", "Anna Berger")]
    [InlineData("es", "Marta Gil lleva la panadería del puerto.", "«No vamos a cerrar», le dijo a Pedro Lanza.", "Marta Gil")]
    [InlineData("es", "Marta Gil lleva la panadería del puerto.", "«No vamos a cerrar», dijo a la radio local. «El horno sigue encendido.»", "Marta Gil")]
    [InlineData("fr", "Claire Roux tient la boulangerie du port.", "« Nous ne fermerons pas », a-t-elle dit à Paul Vidal.", "Claire Roux")]
    [InlineData("fr", "Claire Roux tient la boulangerie du port.", "« Nous ne fermerons pas », a-t-elle confié au Courrier picard.", "Claire Roux")]
    [InlineData("it", "Anna Rossi gestisce il forno del porto.", "«Non chiuderemo», ha detto lei al Tirreno.", "Anna Rossi")]
    [InlineData("it", "Anna Rossi gestisce il forno del porto.", "«Non chiuderemo», ha detto a Marco Neri.", "Anna Rossi")]
    [InlineData("pt", "Ana Rocha gere a padaria do porto.", "«Não vamos fechar», disse ela à rádio.", "Ana Rocha")]
    [InlineData("pt", "Ana Rocha gere a padaria do porto.", "«Não vamos fechar», disse ao Jornal do Porto.", "Ana Rocha")]
    [InlineData("pt", "Ana Rocha gere a padaria do porto.", "«Não vamos fechar», disse a Rui Lemos.", "Ana Rocha")]
    [InlineData("nl", "Anna Roos runt de bakkerij aan de haven.", "\"We sluiten niet\", zei ze tegen Bram Wolters.", "Anna Roos")]
    [InlineData("nl", "Anna Roos runt de bakkerij aan de haven.", "\"We sluiten niet\", zei ze tegen het Dagblad van het Noorden.", "Anna Roos")]
    public void AListenerAtAQuotesCue_NeverSpeaks(string language, string scene, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));

    [Theory]
    [InlineData("en", "Mary Holt runs the bakery on Quay Street.", "\"We will not close,\" the Gazette reported.", "Mary Holt")]
    [InlineData("de", "Anna Berger führt die Bäckerei am Hafen.", "„Wir schließen nicht“, berichtete der Bayerische Rundfunk.", "Anna Berger")]
    [InlineData("es", "Marta Gil lleva la panadería del puerto.", "«No vamos a cerrar», informó la radio local.", "Marta Gil")]
    [InlineData("fr", "Claire Roux tient la boulangerie du port.", "« Nous ne fermerons pas », a rapporté Le Courrier.", "Claire Roux")]
    [InlineData("it", "Anna Rossi gestisce il forno del porto.", "«Non chiuderemo», ha riferito Il Tirreno.", "Anna Rossi")]
    [InlineData("pt", "Ana Rocha gere a padaria do porto.", "«Não vamos fechar», noticiou a rádio local.", "Ana Rocha")]
    [InlineData("nl", "Anna Roos runt de bakkerij aan de haven.", "\"We sluiten niet\", meldde de Omroep.", "Anna Roos")]
    public void AnOutletThatReports_IsNotTheOneNamedBefore(string language, string scene, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));
}
