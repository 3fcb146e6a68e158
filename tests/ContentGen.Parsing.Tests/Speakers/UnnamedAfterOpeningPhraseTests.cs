using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then a sentence opens on a phrase of place or time, and an indefinite
/// article and a people noun stand where its subject does: after the phrase's comma ("Au marché, un
/// voisin …", "En la parada, un vecino …"), or after the verb where the verb stands second ("Op de
/// markt haalt een buurman …", "Am Stand schüttelt ein Nachbar …"). The next quote's cue is a pronoun
/// or has no subject, and means the newcomer, given by their noun, not the man named before (of the
/// same gender, so no gender tells them apart). Invented sentences.
/// </summary>
public sealed class UnnamedAfterOpeningPhraseTests
{
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "At the bus stop, a neighbour was waiting with his shopping. \"Nobody asked any of us,\" he said.", "neighbour")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Au marché, un voisin remplissait son panier. « Personne ne nous a rien demandé », soupire-t-il.", "voisin")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "En la parada del autobús, un vecino esperaba con la compra. «Nadie nos preguntó nada», lamenta.", "vecino")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Al mercato, un vicino riempiva la borsa della spesa. «Nessuno ci ha chiesto niente», sospira.", "vicino")]
    [InlineData("O diretor, Paulo Garcia, defende o novo horário. «Não tínhamos escolha», garante.",
        "No mercado, um vizinho enchia o cesto com fruta fresca. «Ninguém nos perguntou nada», lamenta.", "vizinho")]
    [InlineData("De directeur, Paul de Graaf, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Op de markt haalt een buurman zijn schouders op. ‘Niemand heeft ons iets gevraagd’, zegt hij.", "buurman")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Am Stand schüttelt ein Nachbar den Kopf. „Uns hat keiner gefragt“, sagt er.", "Nachbar")]
    public void AQuoteAfterAPeopleNounOpeningTheSubjectAfterAnOpeningPhrase_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The newcomer with a relative clause, and the quote with no cue at all.
    [Theory]
    [InlineData("La directora, Carmen Ruiz, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "En la taquilla, una vecina que acababa de comprar entradas se lo tomaba con calma. «Vendré hasta el último día».", "vecina")]
    [InlineData("Die Leiterin, Petra Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt sie.",
        "Neben dem Eingang wartet eine Nachbarin, die ihren Namen nicht nennen will. „Uns hat keiner gefragt.“", "Nachbarin")]
    public void AnUncuedQuoteAfterTheNewcomer_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The article shows a woman and the pronoun a man: not the newcomer.
    [Theory]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Au marché, une voisine remplissait son panier. « Personne ne nous a rien demandé », soupire-t-il.", "voisine")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "En la parada del autobús, una vecina esperaba con la compra. «Nadie nos preguntó nada», dice él.", "vecina")]
    public void APronounOfTheOtherGender_IsNotTheNewcomers(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // Near-misses: the indefinite after the subject (a pronoun or a noun) is the verb's object; the
    // phrase's noun set off before a pronoun subject; an indefinite inside the phrase; a group; a role.
    [Theory]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Auf dem Markt traf er eine Nachbarin. „Uns hat keiner gefragt“, sagt er.", "Nachbarin")]
    [InlineData("De directeur, Paul de Graaf, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Op de markt sprak hij een buurman aan. ‘Niemand heeft ons iets gevraagd’, zegt hij.", "buurman")]
    [InlineData("De directeur, Paul de Graaf, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Op de markt sprak de wethouder een buurman aan. ‘Niemand heeft ons iets gevraagd’, zegt hij.", "buurman")]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "With his neighbour, a pensioner who lives alone, he walked to the depot. \"Nobody asked any of us,\" he said.", "pensioner")]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "At the bus stop, the driver waved at a neighbour. \"Nobody asked any of us,\" he said.", "neighbour")]
    [InlineData("O diretor, Paulo Garcia, defende o novo horário. «Não tínhamos escolha», garante.",
        "No mercado, o presidente cumprimentou um vizinho. «Ninguém nos perguntou nada», lamenta.", "vizinho")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Sur la place, un groupe de voisins attendait. « Personne ne nous a rien demandé », soupire-t-il.", "voisins")]
    // The role is an office ("assessore"): "funzionario", once this row's role, is an unnamed
    // civil servant's noun since session 72 (fresh2) and brings in its newcomer as "pensionato" does.
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Al mercato, un assessore del comune controllava i banchi. «Nessuno ci ha chiesto niente», sospira.", "assessore")]
    public void AnIndefiniteThatIsNotTheSubjectAfterTheOpeningPhrase_IsNotTheSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);
}
