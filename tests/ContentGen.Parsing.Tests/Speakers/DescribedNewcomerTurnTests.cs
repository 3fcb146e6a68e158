namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence whose subject is a newcomer, brought in by an indefinite article and described
/// between commas or by a relative pronoun only a person takes ("who"), whatever its noun ("un
/// manutentionnaire", "een vaste klant", "a forklift driver"), ends the last speaker's turn: a quote after
/// it with no cue of its own is given to no one rather than to whoever spoke before. A pronoun or a
/// dropped subject in a cue is read as before.
/// A trade read by its agent's ending ("un cariste") is a newcomer's noun since session 74, who takes such a quote
/// (UnnamedNewcomerFocusTests); the French row names a trade no list or ending reads.
/// </summary>
public sealed class DescribedNewcomerTurnTests
{
    [Theory]
    [InlineData("fr", "« Nous fermons en mai », a dit Anne Lemaire.", "Sur le trottoir, un manutentionnaire, qui préfère rester anonyme, fait ses comptes. « J'ai cinquante ans. Qui va m'embaucher ? »")]
    [InlineData("pt", "“Fechamos em maio”, disse Ana Lemos.", "À porta, um estivador, que pediu para não ser identificado, faz contas à vida. “Tenho cinquenta anos. Quem me vai contratar?”")]
    [InlineData("it", "«Chiudiamo a maggio», ha detto Anna Ferri.", "Davanti ai cancelli, un magazziniere, che preferisce non dire il suo nome, fa i conti. «Ho cinquant'anni. Chi mi assume adesso?»")]
    [InlineData("de", "„Wir schließen im Mai“, sagte Anna Stein.", "Ein Lagerarbeiter, seit zwanzig Jahren im Betrieb, zählt die Tage. „Ich bin fünfzig. Wer stellt mich jetzt noch ein?“")]
    public void AQuoteWithNoCueAfterADescribedNewcomer_IsNoOnes(string language, string first, string second)
        => Assert.Equal(new[] { Speaker(language), null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second));

    // A people noun opening the sentence brings the newcomer in as its subject (SpeakerFinder.UnnamedPlainSubject.cs,
    // session 66), so the quote right after is theirs, given by the noun; before, it was no one's.
    [Fact]
    public void AQuoteWithNoCueAfterAPeopleNounNewcomer_IsTheirs()
        => Assert.Equal(new[] { Speaker("nl"), "klant" }, QuoteSpeakers.Under("Probe", LanguageLeads.For("nl"),
            "\"We sluiten in mei\", zei Anna Smit.", "Een vaste klant, al veertig jaar aan de bar, heeft weinig hoop. \"Dit wordt niks meer, dat weet iedereen.\""));

    // The indefinite right after an opening phrase's comma stands where the subject does
    // (SpeakerFinder.UnnamedAfterOpeningPhrase.cs, session 68), so the quote right after is the
    // newcomer's, given by the noun; before, it was no one's.
    [Fact]
    public void AQuoteWithNoCueAfterANewcomerAfterAnOpeningPhrase_IsTheirs()
        => Assert.Equal(new[] { Speaker("es"), "camionero" }, QuoteSpeakers.Under("Probe", LanguageLeads.For("es"),
            "«Cerramos en mayo», dijo Ana Gil.", "En la puerta, un camionero, que prefiere no dar su nombre, hace cuentas. «Tengo cincuenta años. ¿Quién me va a contratar?»"));

    // The same in English: the turn of the one who spoke before is over. The noun reader gives the
    // head alone ("driver") where the labels write the compound ("forklift driver"), a limit of the
    // noun reader every unnamed reading shares; this test asks only that the turn has ended.
    [Fact]
    public void AQuoteWithNoCueAfterANewcomerAfterAnOpeningPhrase_IsNotTheLastSpeakers()
        => Assert.NotEqual(Speaker("en"), QuoteSpeakers.Under("Probe", LanguageLeads.For("en"),
            "\"We close in May,\" said Anna Stone.", "Outside the gates, a forklift driver who did not want to be named was counting the cost. \"I am fifty. Who will hire me now?\"")[1]);

    // Guards: an indefinite subject with no description, a pronoun in the insert, a definite
    // subject: the turn goes on.
    [Theory]
    [InlineData("en", "\"We close in May,\" said Anna Stone.", "A decision is expected next week. \"We are ready for it, whatever the board says.\"")]
    [InlineData("fr", "« Nous fermons en mai », a dit Anne Lemaire.", "Un jour, disait-elle, tout irait mieux. « Nous tiendrons bon, quoi qu'il arrive. »")]
    [InlineData("it", "«Chiudiamo a maggio», ha detto Anna Ferri.", "Una decisione è attesa la prossima settimana. «Siamo pronti, qualunque cosa decida il consiglio.»")]
    public void AQuoteWithNoCueAfterOtherSubjects_GoesOnWithTheLastSpeaker(string language, string first, string second)
        => Assert.Equal(new[] { Speaker(language), Speaker(language) }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second));

    // Guards: a cue with a pronoun or a dropped subject after a described newcomer still means
    // whom it meant before (a thing is no one a pronoun means).
    [Theory]
    [InlineData("en", "\"We close in May,\" said Anna Stone.", "Last month, a letter, signed by forty neighbours, reached the town hall. \"We will not give in,\" she added.")]
    [InlineData("es", "«Cerramos en mayo», dijo Ana Gil.", "En marzo, una carta, firmada por cuarenta vecinos, llegó al ayuntamiento. «No vamos a ceder», añadió.")]
    public void ACueAfterADescribedThing_IsReadAsBefore(string language, string first, string second)
        => Assert.Equal(new[] { Speaker(language), Speaker(language) }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), first, second));

    private static string Speaker(string language) => language switch
    {
        "fr" => "Anne Lemaire",
        "nl" => "Anna Smit",
        "es" => "Ana Gil",
        "pt" => "Ana Lemos",
        "it" => "Anna Ferri",
        "de" => "Anna Stein",
        _ => "Anna Stone",
    };
}
