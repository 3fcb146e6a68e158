using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A sentence with no quote that brings in a new person by full name, set off after an opening
/// adverbial as its subject ("Entre ellos, Fermín Olazábal, de 70 años, …", "Accanto a lei, il
/// nipote Carlo Dalmasso, 29 anni, …"), ends the last speaker's turn: a quote after it with no cue
/// is the newcomer's where a noun for a person or an age shows the name is a person's, and no one's
/// where nothing does (a place is set off so as often). Not a name after a preposition (an object
/// or a possessor), two names joined, or the last speaker named again.
/// </summary>
public sealed class SetOffNewcomerTests
{
    [Theory]
    [InlineData("es", "«Cerramos en mayo», dijo Ana Gil. Entre los vecinos, Fermín Olazábal, de 70 años, mira el humo desde la plaza. «Aquí ya no viene nadie por la noche, ni en verano.»", "Fermín Olazábal")]
    [InlineData("it", "«Chiudiamo a maggio», ha detto Anna Ferri. Accanto a lei, il nipote Carlo Dalmasso, 29 anni, sistema le cassette. «Qui la sera non viene più nessuno, neanche d'estate.»", "Carlo Dalmasso")]
    [InlineData("it", "«Chiudiamo a maggio», ha detto Anna Ferri. Accanto a lei, il nipote Carlo Dalmasso, 29 anni, da due anni alla guida del banco. «Qui la sera non viene più nessuno, neanche d'estate.»", "Carlo Dalmasso")]
    [InlineData("fr", "« Nous fermons en mai », a dit Anne Lemaire. Sur le quai, Julien Marbeuf, pêcheur depuis trente ans, répare ses filets. « Le soir, plus personne ne vient ici, même en été. »", "Julien Marbeuf")]
    [InlineData("pt", "“Fechamos em maio”, disse Ana Lemos. Ao lado dela, o vizinho Joaquim Barroca, antigo carteiro, conta as caixas. “Aqui já não vem ninguém à noite, nem no verão.”", "Joaquim Barroca")]
    [InlineData("en", "\"We close in May,\" said Anna Stone. Across the square, Tom Pengarth, 71, watches the smoke. \"Nobody comes here after dark any more, not even in summer.\"", "Tom Pengarth")]
    // A trade set off after the name shows a person's, once the lexicon lists it (session 62: "pastor", a farm trade).
    [InlineData("es", "«Cerramos en mayo», dijo Ana Gil. Entre los vecinos, Fermín Olazábal, pastor jubilado, mira el humo desde la plaza. «Aquí ya no viene nadie por la noche, ni en verano.»", "Fermín Olazábal")]
    public void ACuelessQuoteAfterASetOffNewcomer_IsTheNewcomers(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Nothing shows the set-off name is a person's: the quote is no one's, neither the newcomer's
    // nor the last speaker's.
    [Theory]
    [InlineData("es", "«Cerramos en mayo», dijo Ana Gil. En verano, San Lorenzo, pueblo de seiscientos vecinos, se llena de turistas. «Aquí ya no viene nadie por la noche, ni en verano.»")]
    [InlineData("en", "\"We close in May,\" said Anna Stone. Across the square, Tom Pengarth, a retired postman, watches the smoke. \"Nobody comes here after dark any more, not even in summer.\"")]
    public void ACuelessQuoteAfterASetOffNameNotShownAPersons_IsNoOnes(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // The issue's own case, with a full name, and the same in the verb-second languages: the last
    // speaker's turn is over once someone else is the subject.
    [Theory]
    [InlineData("en", "\"We close in May,\" said Anna Roe. Tom Baker disagreed. \"Nobody asked the traders what they wanted for the square.\"", "Anna Roe")]
    [InlineData("de", "„Wir schließen im Mai“, sagte Anna Stein. Am Nachbarstand sortiert Jonas Wendler, 29, die Kisten. „Abends kommt hier keiner mehr her, nicht einmal im Sommer.“", "Anna Stein")]
    [InlineData("nl", "\"We sluiten in mei\", zei Anna Smit. Joost Wierenga, een gepensioneerde postbode, staat achter de kraam. \"'s Avonds komt hier niemand meer, zelfs niet in de zomer.\"", "Anna Smit")]
    public void ACuelessQuoteAfterANewSubject_IsNotTheLastSpeakers(string language, string paragraph, string lastSpeaker)
        => Assert.NotEqual(lastSpeaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a name after a preposition (an object, a possessor), two names joined, or a place
    // set off after the adverbial is no newcomer who takes the quote.
    [Theory]
    [InlineData("es", "«Cerramos en mayo», dijo Ana Gil. Por la tarde, la alcaldesa habló con Fermín Olazábal en la plaza. «Aquí ya no viene nadie por la noche, ni en verano.»", "Fermín Olazábal")]
    [InlineData("it", "«Chiudiamo a maggio», ha detto Anna Ferri. Sul tavolo, la lettera di Carlo Dalmasso, datata marzo, è ancora aperta. «Qui la sera non viene più nessuno, neanche d'estate.»", "Carlo Dalmasso")]
    [InlineData("es", "«Cerramos en mayo», dijo Ana Gil. Entre ellos, Fermín Olazábal y Rosa León, vecinos de toda la vida, miran el humo. «Aquí ya no viene nadie por la noche, ni en verano.»", "Fermín Olazábal")]
    [InlineData("es", "«Cerramos en mayo», dijo Ana Gil. En verano, San Lorenzo, pueblo de seiscientos vecinos, se llena de turistas. «Aquí ya no viene nadie por la noche, ni en verano.»", "San Lorenzo")]
    [InlineData("en", "\"We close in May,\" said Anna Stone. She thanked Tom Pengarth. \"Nobody comes here after dark any more, not even in summer.\"", "Tom Pengarth")]
    public void ANameThatIsNoSetOffSubject_TakesNoQuote(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // The object case keeps what it does today: the quote goes on with the last speaker.
    [Theory]
    [InlineData("en", "\"We close in May,\" said Anna Stone. She thanked Tom Pengarth. \"Nobody comes here after dark any more, not even in summer.\"", "Anna Stone")]
    [InlineData("fr", "« Nous fermons en mai », a dit Anne Lemaire. Sur le quai, Anne Lemaire, pêcheuse depuis trente ans, répare ses filets. « Le soir, plus personne ne vient ici, même en été. »", "Anne Lemaire")]
    public void TheLastSpeakerNamedAgainOrAnObject_KeepsTheTurn(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));
}
