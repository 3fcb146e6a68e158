using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then a sentence opens on an indefinite article and the noun of
/// someone unnamed, described and kept anonymous ("A driver who did not want to give her name …",
/// "Eine Rentnerin, die anonym bleiben möchte, …"), and the next sentence's quote has a pronoun
/// cue or no cue at all. The words are the unnamed person's, given by their noun, never the named
/// person's. Invented sentences, in other words than the articles that showed the class.
/// </summary>
public sealed class UnnamedIntroducedTests
{
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A driver who did not want to give her name shook her head. \"Nobody asked any of us,\" she said.", "driver")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Une infirmière, qui a requis l’anonymat, secoue la tête. « Personne ne nous a rien demandé », dit-elle.", "infirmière")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una jubilada que no quiso identificarse niega con la cabeza. «Nadie nos preguntó nada», dice.", "jubilada")]
    [InlineData("Il direttore, Paolo Gatti, difende il nuovo orario. «Non avevamo scelta», assicura.",
        "Una pensionata che preferisce restare anonima scuote la testa. «Nessuno ci ha chiesto niente», racconta.", "pensionata")]
    [InlineData("De directeur, Paul de Graaf, verdedigt het nieuwe rooster. ‘We hadden geen keus’, zegt hij.",
        "Een verpleegkundige die niet met naam in de krant wil, schudt het hoofd. ‘Niemand heeft ons iets gevraagd’, zegt ze.", "verpleegkundige")]
    [InlineData("O diretor, Paulo Garcia, defende o novo horário. «Não tínhamos escolha», garante.",
        "Uma enfermeira que pediu para não ser identificada abana a cabeça. «Ninguém nos perguntou nada», diz.", "enfermeira")]
    [InlineData("Der Leiter, Paul Gruber, verteidigt den neuen Plan. „Wir hatten keine Wahl“, sagt er.",
        "Eine Rentnerin, die anonym bleiben möchte, schüttelt den Kopf. „Uns hat keiner gefragt“, sagt sie.", "Rentnerin")]
    public void AQuoteAfterAnUnnamedPersonBroughtIn_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The same, the quote in the paragraph's third sentence, after one more about the same person.
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A driver who did not want to give her name shook her head. She has worked there for six years. \"Nobody asked any of us,\" she said.", "driver")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una jubilada que no quiso identificarse niega con la cabeza. Vive en el barrio desde hace treinta años. «Nadie nos preguntó nada», dice.", "jubilada")]
    public void AQuoteTwoSentencesOn_IsStillTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // The named person speaking again by name, after the unnamed one came in, is theirs.
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A driver who did not want to give her name shook her head. \"We will see,\" said Tom Hale.", "Tom Hale")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Una jubilada que no quiso identificarse niega con la cabeza. «Ya veremos», responde Tomás Herrero.", "Tomás Herrero")]
    public void TheNamedPersonAgainByName_IsTheirs(string named, string unnamed, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A thing with a relative clause, and the noun as an object ("met a driver who …"), bring no
    // speaker in.
    [Theory]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "A depot which opened last year has already closed. \"It is a shame,\" he said.", "depot")]
    [InlineData("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
        "He later met a driver who did not want to give her name. \"We talked for an hour,\" he said.", "driver")]
    [InlineData("El gerente, Tomás Herrero, defiende el nuevo horario. «No teníamos otra opción», aseguró.",
        "Ayer habló con una jubilada que no quiso identificarse. «Hablamos una hora», cuenta.", "jubilada")]
    [InlineData("Le directeur, Paul Girard, défend le nouveau planning. « Nous n’avions pas le choix », assure-t-il.",
        "Il a rencontré une infirmière qui a requis l’anonymat. « Nous avons parlé une heure », raconte-t-il.", "infirmière")]
    public void AThingOrAnObject_IsNoSpeaker(string named, string unnamed, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(named, unnamed)[1]);

    // A role brought in unnamed is given to no one, by the label convention.
    [Fact]
    public void AnUnnamedRole_IsNoSpeaker()
        => Assert.NotEqual("manager", QuoteSpeakers.Of("The council, which runs two depots, said it was reviewing the rota.",
            "One depot manager, who asked not to be named, was more direct. \"We cannot staff the nights,\" she said.")[^1]);

    // Someone named in the introducing sentence may be whom the pronoun means: left as before.
    [Fact]
    public void ANameInTheIntroduction_LeavesTheUnnamedPersonAside()
        => Assert.NotEqual("driver", QuoteSpeakers.Of("The manager, Tom Hale, defended the new rota. \"We had no choice,\" he said.",
            "A driver who works with Ann Lee shook her head. \"Nobody asked any of us,\" she said.")[1]);
}
