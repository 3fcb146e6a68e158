namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then a sentence opens on an indefinite article and a person's noun,
/// says where the person is from in one capitalised word ("from Harwick", "di Castelrosso", "aus
/// Hallental"), and sets off a relative clause whose verb reports ("who asked not to be named", "che
/// chiede di restare anonima"). The place is no one who asked: the quote with no cue after it is the
/// newcomer's, given by their noun, or no one's, never the place's. Invented sentences.
/// </summary>
public sealed class IndefiniteComplementRelativeTests
{
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A neighbour from Harwick, who asked not to be named, lost almost £900 last spring. \"I check everything, and I still fell for it.\"", "neighbour")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Une voisine de Vernel, qui a demandé à rester anonyme, a perdu près de mille euros. « Je vérifie tout, et je suis quand même tombée dans le piège. »", "voisine")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una vecina de Valdecañas, que pidió no ser identificada, perdió casi mil euros. «Lo compruebo todo y aun así caí».", "vecina")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una vicina di Castelrosso, che chiede di restare anonima, aveva prenotato una settimana al mare. «Mi ripetevano di stare tranquilla, per tre mesi».", "vicina")]
    [InlineData("O diretor, Paulo Garcia, defende o novo horário. «Não tínhamos escolha», garante.",
        "Uma vizinha de Vilarinho, que pediu para não ser identificada, perdeu quase mil euros. «Verifico tudo e mesmo assim caí.»", "vizinha")]
    [InlineData("De directeur, Paul de Graaf, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Een buurvrouw uit Veldhoven, die vroeg haar naam niet te noemen, verloor bijna duizend euro. ‘Ik controleer alles, en toch trapte ik erin.’", "buurvrouw")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Eine Nachbarin aus Hallental, die darum bat, nicht genannt zu werden, verlor fast tausend Euro. „Ich prüfe alles, und trotzdem bin ich darauf hereingefallen.“", "Nachbarin")]
    public void AnUncuedQuoteAfterANewcomerFromAPlaceWhoAskedNotToBeNamed_IsTheNewcomers(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A word describing the noun ("retired", "joven") before the place's link; and a place of a street
    // ("di via dei Gelsi"). A nurse is a role, whose words the labels give to no one: the place never speaks.
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A retired nurse from Harwick, who asked not to be named, lost almost £900 last spring. \"I check everything, and I still fell for it.\"", "Harwick")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una pensionata di via dei Gelsi, che chiede di restare anonima, aveva prenotato una settimana al mare. «Mi ripetevano di stare tranquilla, per tre mesi».", "Gelsi")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una joven vecina de Valdecañas, que pidió no ser identificada, perdió casi mil euros. «Lo compruebo todo y aun así caí».", "Valdecañas")]
    public void ThePlaceAfterADescribedNounOrAStreet_DoesNotSpeak(string named, string unnamed, string place)
        => Assert.NotEqual(place, QuoteSpeakers.Of(named, unnamed)[1]);

    // Near-misses: a person named in full after the link ("of Ann Lee") may be whom the relative
    // clause describes, and the rule reads one word only, as a place's name is.
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A neighbour of Ann Lee, who asked not to be named, lost almost £900 last spring. \"I check everything, and I still fell for it.\"", "neighbour")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una vicina di Anna Ferri, che chiede di restare anonima, aveva prenotato una settimana al mare. «Mi ripetevano di stare tranquilla, per tre mesi».", "vicina")]
    public void ANewcomerBesideAPersonNamedInFull_IsNotGivenByThisRule(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);
}
