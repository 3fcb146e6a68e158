namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// "A father who had come with his daughter shook his head. "…"": a sentence whose subject is
/// someone unnamed, brought in by an indefinite article and a person's noun, ends the last
/// speaker's turn. The quote after it is not the last speaker's; where the noun is a people noun, it is theirs.
/// </summary>
public sealed class UnnamedSubjectEndsTurnTests
{
    [Theory]
    [InlineData("en", "Green leader Tim Walker was relieved: \"At last someone is doing the sums.\"", "A young mother waited outside with a pram. \"Nobody asked us.\"", "mother")]
    [InlineData("fr", "Le chef de file des écologistes, Thomas Vautrin, s'est dit soulagé : « Enfin quelqu'un fait les comptes. »", "Un père venu à la séance avec sa fille secouait la tête. « C'est une honte pour la ville. »", "père")]
    [InlineData("fr", "Le chef de file des écologistes, Thomas Vautrin, s'est dit soulagé : « Enfin quelqu'un fait les comptes. »", "Une voisine attendait devant la mairie. « Personne ne nous a demandé notre avis. »", "voisine")]
    [InlineData("de", "Fraktionschef Tim Wagner zeigte sich erleichtert: „Endlich wird ehrlich gerechnet.“", "Eine Rentnerin wartete vor dem Rathaus. „Uns hat niemand gefragt.“", "Rentnerin")]
    [InlineData("es", "El portavoz de los verdes, Tomás Vidal, se mostró aliviado: «Por fin alguien hace bien las cuentas».", "Una vecina esperaba a la puerta del ayuntamiento. «Nadie nos ha preguntado».", "vecina")]
    [InlineData("it", "Il capogruppo dei verdi, Tommaso Valli, si è detto sollevato: «Finalmente qualcuno fa bene i conti».", "Un padre venuto alla seduta con la figlia scuoteva la testa. «È una vergogna per la città».", "padre")]
    [InlineData("it", "Il capogruppo dei verdi, Tommaso Valli, si è detto sollevato: «Finalmente qualcuno fa bene i conti».", "Una pensionata aspettava davanti al municipio. «Nessuno ci ha chiesto niente».", "pensionata")]
    [InlineData("pt", "O líder dos verdes, Tomás Vieira, mostrou-se aliviado: «Finalmente alguém faz bem as contas».", "Uma vizinha esperava à porta da câmara. «Ninguém nos perguntou nada».", "vizinha")]
    [InlineData("nl", "Fractievoorzitter Tim Wolters reageerde opgelucht: 'Eindelijk wordt er eerlijk gerekend.'", "Een buurvrouw wachtte voor het stadhuis. 'Niemand heeft ons iets gevraagd.'", "buurvrouw")]
    public void AQuoteAfterSomeoneUnnamedBecameTheSubject_IsNotTheLastSpeakers(string language, string named, string unnamed, string noun)
    {
        var speakers = QuoteSpeakers.Under("Sporthalle", LanguageLeads.For(language), named, unnamed);

        // A people noun opening the sentence brings the person in as its subject (SpeakerFinder.UnnamedPlainSubject.cs,
        // session 66): the quote right after is theirs, given by the noun; before, it was no one's.
        Assert.Equal(2, speakers.Length);
        Assert.NotNull(speakers[0]);
        Assert.Equal(noun, speakers[1]);
    }

    // A relative clause after the noun ("A father who had come …", "Ein Vater, der …") makes the sentence one that brings
    // the person in as its subject (SpeakerFinder.UnnamedBroughtIn.cs), so the quote right after is theirs, given by
    // the noun (SpeakerFinder.UnnamedBroughtInQuotedNext.cs, session 63); before, it was no one's, as the rows above
    // without a relative clause were until session 66.
    [Theory]
    [InlineData("en", "Green leader Tim Walker was relieved: \"At last someone is doing the sums.\"", "A father who had come to the meeting with his daughter shook his head. \"This is a disgrace for the town.\"", "father")]
    [InlineData("de", "Fraktionschef Tim Wagner zeigte sich erleichtert: „Endlich wird ehrlich gerechnet.“", "Ein Vater, der mit seiner Tochter zur Sitzung gekommen war, schüttelte den Kopf. „Das ist ein Armutszeugnis für die Stadt.“", "Vater")]
    [InlineData("es", "El portavoz de los verdes, Tomás Vidal, se mostró aliviado: «Por fin alguien hace bien las cuentas».", "Un padre que había acudido al pleno con su hija negaba con la cabeza. «Es una vergüenza para el pueblo».", "padre")]
    [InlineData("pt", "O líder dos verdes, Tomás Vieira, mostrou-se aliviado: «Finalmente alguém faz bem as contas».", "Um pai que veio à sessão com a filha abanava a cabeça. «É uma vergonha para a cidade».", "pai")]
    [InlineData("nl", "Fractievoorzitter Tim Wolters reageerde opgelucht: 'Eindelijk wordt er eerlijk gerekend.'", "Een vader die met zijn dochter naar de vergadering was gekomen, schudde zijn hoofd. 'Dit is een schande voor de stad.'", "vader")]
    public void AQuoteAfterSomeoneUnnamedBroughtInWithAClause_IsTheirs(string language, string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Sporthalle", LanguageLeads.For(language), named, unnamed)[1]);

    [Theory]
    // Innocent neighbours: the speaker described by an indefinite noun phrase ("a father of three
    // himself", "une mère de famille elle aussi"), and an indefinite phrase of time, keep the turn.
    [InlineData("en", "Tim Walker said: \"At last someone is doing the sums.\" A father of three himself, he knows the hall well. \"My children train there.\"", "Tim Walker")]
    [InlineData("fr", "Thomas Vautrin a déclaré : « Enfin quelqu'un fait les comptes. » Un an plus tard, le vote a eu lieu. « Nous avons gagné. »", "Thomas Vautrin")]
    [InlineData("fr", "Thomas Vautrin a déclaré : « Enfin quelqu'un fait les comptes. » Un père de famille lui aussi, il connaît bien la salle. « Mes enfants y jouent. »", "Thomas Vautrin")]
    public void AnIndefinitePhraseThatIsNoNewSubject_KeepsTheTurn(string language, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker, speaker }, QuoteSpeakers.Under("Sporthalle", LanguageLeads.For(language), paragraph));
}
