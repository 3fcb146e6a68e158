namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A cue that goes on past its pronoun or dropped subject to whom the words were said: <c>„…“, sagte
/// sie dem Bayerischen Rundfunk</c>, <c>«…», dijo a la radio local</c>, <c>« … », a-t-elle confié au
/// Courrier</c>. The listener (an outlet, a person named in full) never speaks, nor an outlet that
/// reports; Portuguese <c>a</c> before a man's given name is the listener's preposition. And an
/// ending cue with a listener after reported words (<c>…, dijo a la radio el alcalde.</c>) never
/// makes the person before speak for a subject named after the listener.
/// </summary>
public sealed class ListenerAfterCueTests
{
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
