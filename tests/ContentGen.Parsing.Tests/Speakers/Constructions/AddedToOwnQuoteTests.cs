namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A second quote right after the one before, its cue calling the speaker by a profession with a
/// verb of adding: <c>«…», lamenta Pedro Gil. «…», añade el ganadero.</c> Adding goes on with one's
/// own words, so the profession describes the one quoted just before; after a verb of answering
/// (<c>responde el ganadero</c>) it is someone else, and no one is given.
/// </summary>
public sealed class AddedToOwnQuoteTests
{
    [Theory]
    [InlineData("es", "Los comerciantes no lo ven tan claro.", "«No vamos a cerrar», lamenta Pedro Gil. «El queso sigue saliendo», añade el ganadero.", "Pedro Gil")]
    [InlineData("es", "Los comerciantes no lo ven tan claro.", "«No vamos a cerrar», lamenta Marta Gil. «El queso sigue saliendo», añade la ganadera.", "Marta Gil")]
    [InlineData("fr", "Les commerçants sont moins sereins.", "« Nous ne fermerons pas », regrette Paul Roux. « Le fromage se vend encore », ajoute l'éleveur.", "Paul Roux")]
    [InlineData("it", "I commercianti sono meno tranquilli.", "«Non chiuderemo», lamenta Marco Rossi. «Il formaggio si vende ancora», aggiunge l'allevatore.", "Marco Rossi")]
    [InlineData("pt", "Os comerciantes estão menos tranquilos.", "«Não vamos fechar», lamenta Rui Rocha. «O queijo ainda se vende», acrescenta o criador.", "Rui Rocha")]
    [InlineData("nl", "De handelaren zijn minder gerust.", "‘We sluiten niet’, zegt Kees Roos. ‘De kaas verkoopt nog’, voegt de ingenieur toe.", "Kees Roos")]
    [InlineData("de", "Die Händler sind weniger gelassen.", "„Wir schließen nicht“, sagt Paul Berger. „Der Käse verkauft sich noch“, ergänzt der Landwirt.", "Paul Berger")]
    [InlineData("en", "Traders are less calm.", "\"We will not close,\" said Tom Holt. \"The cheese still sells,\" the engineer added.", "Tom Holt")]
    public void AProfessionAtACueOfAdding_IsWhoeverWasQuotedJustBefore(string language, string scene, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));

    // A verb of answering: the profession may be someone answering the one quoted before.
    [Theory]
    [InlineData("es", "Los comerciantes no lo ven tan claro.", "«No vamos a cerrar», lamenta Pedro Gil. «El queso sigue saliendo», responde el ganadero.")]
    [InlineData("fr", "Les commerçants sont moins sereins.", "« Nous ne fermerons pas », regrette Paul Roux. « Le fromage se vend encore », répond l'éleveur.")]
    [InlineData("it", "I commercianti sono meno tranquilli.", "«Non chiuderemo», lamenta Marco Rossi. «Il formaggio si vende ancora», ribatte l'allevatore.")]
    [InlineData("pt", "Os comerciantes estão menos tranquilos.", "«Não vamos fechar», lamenta Rui Rocha. «O queijo ainda se vende», responde o criador.")]
    [InlineData("nl", "De handelaren zijn minder gerust.", "‘We sluiten niet’, zegt Kees Roos. ‘De kaas verkoopt nog’, antwoordt de boer.")]
    public void AProfessionAtACueOfAnswering_IsNoOne(string language, string scene, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, scene, paragraph));

    // Someone else in play, or a noun of the other gender than the one quoted: not that person.
    [Theory]
    [InlineData("es", "Los comerciantes no lo ven tan claro.", "«No vamos a cerrar», lamenta Pedro Gil ante el alcalde Luis Prado. «El queso sigue saliendo», añade el ganadero.", "Pedro Gil")]
    [InlineData("es", "Los comerciantes no lo ven tan claro.", "«No vamos a cerrar», lamenta Marta Gil. «El queso sigue saliendo», añade el ganadero.", "Marta Gil")]
    [InlineData("it", "I commercianti sono meno tranquilli.", "«Non chiuderemo», lamenta Giulia Rossi. «Il formaggio si vende ancora», aggiunge l'agricoltore.", "Giulia Rossi")]
    [InlineData("pt", "Os comerciantes estão menos tranquilos.", "«Não vamos fechar», lamenta Rui Rocha. «O queijo ainda se vende», acrescenta a criadora.", "Rui Rocha")]
    public void AProfessionThatFitsSomeoneElse_IsNotTheOneQuotedBefore(string language, string scene, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, scene, paragraph));
}
