using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then a sentence opens on an indefinite article and a people noun, with
/// no relative clause and no word about a name ("Una vecina del bloque de enfrente lo vio todo.",
/// "Eine Nachbarin aus dem Nachbarhaus schüttelt den Kopf."), and the next quote's cue is a pronoun or
/// has no subject. The newcomer is whom the cue means, given by their noun, not the person named
/// before; a pronoun of the gender the article denies passes over them. Invented sentences.
/// </summary>
public sealed class UnnamedPlainSubjectTests
{
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A neighbour from the next street was out on the pavement. \"Nobody warned any of us,\" he said.", "neighbour")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Un voisin du quartier était sur le trottoir. « Personne ne nous a prévenus », raconte-t-il.", "voisin")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una vecina del bloque de enfrente lo vio todo desde el balcón. «Nadie nos avisó de nada», recuerda.", "vecina")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una vicina di casa ha visto tutto dal balcone. «Nessuno ci ha avvisato», ricorda.", "vicina")]
    [InlineData("O diretor, Paulo Garcia, defende o novo horário. «Não tínhamos escolha», garante.",
        "Uma vizinha do prédio em frente viu tudo da varanda. «Ninguém nos avisou», recorda.", "vizinha")]
    [InlineData("De directeur, Paul de Graaf, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Een buurvrouw van de overkant zag alles vanaf haar balkon. ‘Niemand heeft ons gewaarschuwd’, zegt ze.", "buurvrouw")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Eine Nachbarin aus dem Nachbarhaus schüttelt den Kopf. „Uns hat keiner gewarnt“, sagt sie.", "Nachbarin")]
    public void AQuoteAfterAPeopleNounOpeningTheSentence_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // German: a genitive after the noun ("der Realschule") comes before the relative clause's comma.
    [Fact]
    public void AGermanGenitiveBeforeTheRelativeClause_IsReadPast()
        => Assert.Equal("Schülerin", QuoteSpeakers.Of("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
            "Eine Schülerin der Realschule, die anonym bleiben will, zahlt jeden Monat zwanzig Euro. „Das ist zu viel“, klagt sie.")[1]);

    // The article shows a woman and the pronoun a man, or the other way round: not the newcomer.
    [Theory]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una jubilada que no quiso identificarse perdió sus ahorros. «Es una vergüenza», dice él.", "jubilada")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Une voisine du quartier était sur le trottoir. « Personne ne nous a prévenus », raconte-t-il.", "voisine")]
    [InlineData("O diretor, Paulo Garcia, defende o novo horário. «Não tínhamos escolha», garante.",
        "Um vizinho do prédio em frente viu tudo da varanda. «Ninguém nos avisou», diz ela.", "vizinho")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Eine Nachbarin aus dem Nachbarhaus schüttelt den Kopf. „Uns hat keiner gewarnt“, sagt er.", "Nachbarin")]
    public void APronounOfTheOtherGender_IsNotTheNewcomers(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // Near-misses: a German object's article, a role noun, a possessive, the noun as an object, a group.
    [Theory]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Einen Rentner aus dem Nachbarhaus hat die Polizei befragt. „Uns hat keiner gewarnt“, sagt er.", "Rentner")]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A manager from the depot was out on the pavement. \"Nobody warned any of us,\" he said.", "manager")]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A neighbour's dog barked all night. \"Nobody warned any of us,\" he said.", "neighbour")]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "He later met a neighbour from the next street. \"Nobody warned any of us,\" he said.", "neighbour")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Un grupo de vecinos se concentró ante el ayuntamiento. «Nadie nos avisó de nada», dice.", "vecinos")]
    public void ANearMiss_BringsNoOneIn(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);
}
