namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "«…», dijo entre aplausos.", "«…», ha detto dal pulpito.", "“…”, contou entre risos.": in a
/// language that drops subjects, a verb right after the quote followed only by a phrase of where,
/// when or how it was said (a preposition and its own complements up to the sentence's end) still
/// has its subject dropped, as a verb with nothing after it does: the person just named. An
/// article after a word that is no preposition, or a name after one, opens an inverted subject of
/// its own ("dijo a la salida del juzgado la viuda"), and the phrase reading stops; and the
/// sentence just before must give the dropped subject, as its subject or its quote's speaker.
/// </summary>
public sealed class DroppedSubjectBeforeTrailingPhraseTests
{
    [Theory]
    [InlineData("es", "El cantante del grupo, Rubén Salcedo, salió al escenario con una guitarra. «Lo siento muchísimo», dijo entre aplausos.", "Rubén Salcedo")]
    [InlineData("es", "El párroco Esteban Molina ha ofrecido el atrio de la iglesia. «La puerta está abierta», dijo tras la misa del domingo.", "Esteban Molina")]
    [InlineData("es", "Rosario Peña no quiso hablar con la prensa. «Solo queremos justicia», dijo con la voz quebrada.", "Rosario Peña")]
    [InlineData("it", "Sergio Marchi ne ha parlato durante la messa. «Una comunità senza servizi si svuota», ha detto dal pulpito.", "Sergio Marchi")]
    [InlineData("it", "Ada Ferrini ha cantato nel coro negli anni Sessanta. «Mi sembra di avere vent'anni», ha raccontato tra gli applausi.", "Ada Ferrini")]
    [InlineData("pt", "O treinador Rui Gomes falou aos jornalistas no fim do jogo. “Foi uma vitória justa”, contou entre risos.", "Rui Gomes")]
    public void AVerbBeforeAPhraseOnly_HasItsSubjectDropped(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph)[^1]);

    // Guard: an article after a noun that is no preposition opens the inverted subject; the phrase
    // is no dropped subject's, and the person named before is not taken.
    [Theory]
    [InlineData("es", "El alcalde Ramiro Cuesta habló con las familias. «Solo queremos justicia», dijo a la salida del juzgado la viuda.")]
    [InlineData("it", "Il sindaco Paolo Conti ha parlato in aula. «Non ci fermeremo», ha detto tra gli applausi la sindacalista.")]
    [InlineData("pt", "O presidente Rui Gomes falou aos jornalistas. “Foi uma vitória justa”, contou entre risos uma adepta.")]
    public void AnArticleAfterThePhrase_OpensAnotherSubject(string language, string paragraph)
        => Assert.NotEqual(
            language == "es" ? "Ramiro Cuesta" : language == "it" ? "Paolo Conti" : "Rui Gomes",
            QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph)[^1]);

    // Guard: after a sentence whose subject is a role no one was named for, the person named
    // further back is not meant.
    [Fact]
    public void AfterAnUnnamedSubject_NoOneFurtherBackIsMeant()
        => Assert.NotEqual("Ramiro Cuesta", QuoteSpeakers.Under("Noticia", LanguageLeads.Spanish,
            "El alcalde Ramiro Cuesta abrió la sesión. «Empezamos», dijo Ramiro Cuesta. En el turno de última palabra, el exconcejal volvió a declararse inocente. «Así me lo pagan», dijo con la voz quebrada.")[^1]);

    // Guard: the sentence before gives a title in marks and its person past it; the speaker quoted
    // further back is not meant.
    [Fact]
    public void AfterATitleInMarks_TheSpeakerFurtherBackIsNotMeant()
        => Assert.NotEqual("Franco Melis", QuoteSpeakers.Under("Notizia", LanguageLeads.Italian,
            "Franco Melis gestisce il bar sulla piazza. «Il mondo è cambiato», dice mentre serve un caffè. Il caso è finito sul settimanale «La Voce del Monte», e domenica il parroco ne ha parlato durante la messa. «Una comunità senza servizi si svuota», ha detto dal pulpito.")[^1]);

    // Guard: a name after the phrase is the inverted subject, not the person named before.
    [Fact]
    public void ANameAfterThePhrase_IsTheSubject()
        => Assert.Equal("Rosario Vidal", QuoteSpeakers.Under("Noticia", LanguageLeads.Spanish,
            "El alcalde Ramiro Cuesta visitó el colegio. «No hay derecho», dijo con una sonrisa cansada Rosario Vidal.")[^1]);
}
