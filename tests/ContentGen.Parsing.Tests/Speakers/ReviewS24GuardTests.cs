namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The s24 review's probes, kept as guards for the session's rules: each sentence looks like a
/// rule's shape and must read as it did before the rule (a time phrase is no unnamed reporter, a
/// time or a body is no one's view, a participle or a possessed noun reports no one's words, a
/// name's suffix or a street ends a sentence, a list is no subject, a preposition before a name is
/// no title, a company's role does not pass to a delegate, a body's noun stays in its name).
/// </summary>
public sealed class ReviewS24GuardTests
{
    // Finding 2: a time phrase after an indefinite article is no unnamed reporter.
    [Fact]
    public void ATimePhrase_DoesNotEndTheTurn_InEnglish()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            QuoteSpeakers.Under(
                "New square",
                "\"We will build the new square,\" said mayor Tom Fox.",
                "A week later the mayor announced that work would start in May. \"We have the money and we have the plans.\""));

    [Theory]
    [InlineData("es", "«Vamos a construir la nueva plaza», dijo el alcalde Pedro Ruiz.", "Una semana después anunció que las obras empezarían en mayo. «Tenemos el dinero y tenemos los planos.»", "Pedro Ruiz")]
    [InlineData("nl", "“We gaan het nieuwe plein bouwen”, zei burgemeester Kees Bakker.", "Een week later zei hij dat de werkzaamheden in mei beginnen. “We hebben het geld en we hebben de tekeningen.”", "Kees Bakker")]
    public void ATimePhrase_DoesNotEndTheTurn(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Plein", Lead(language), first, second));

    // Finding 3: a time, a first time or a body after a view's preposition is no one's view.
    [Theory]
    [InlineData("pt", "“Perdemos metade do orçamento”, disse o diretor Rui Lopes. Para o próximo ano, o festival terá apenas três dias. “Vamos fazer mais com menos”, disse.", "Rui Lopes")]
    [InlineData("pt", "“Perdemos metade do orçamento”, disse o diretor Rui Lopes. Para a organização, o corte é uma má notícia. “Vamos fazer mais com menos”, disse.", "Rui Lopes")]
    [InlineData("it", "«Abbiamo perso metà del budget», ha detto il direttore Marco Neri. Per la prima volta in dieci anni, il festival sarà più corto. «Faremo di più con meno», ha aggiunto.", "Marco Neri")]
    public void ATimeOrABody_HoldsNoView(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Festival", Lead(language), paragraph));

    // Finding 4: a participle or a possessed noun between the source and the quote reports nothing.
    [Theory]
    [InlineData("According to Jane Roe, the plan announced in May was \"dead in the water\".")]
    [InlineData("According to Jane Roe, the minister's claim that the bridge is safe is \"pure nonsense\".")]
    public void AParticipleOrANoun_LeavesTheSourcesView_InEnglish(string sentence)
        => Assert.Equal(new[] { "Tom Fox", "Jane Roe" }, QuoteSpeakers.Under("Bridge plan", "\"We will keep to the timetable,\" said Tom Fox. " + sentence));

    [Fact]
    public void AParticiple_LeavesTheSourcesView_InSpanish()
        => Assert.Equal(
            new[] { "Pedro Ruiz", "Marta Gil" },
            QuoteSpeakers.Under("Plan", LanguageLeads.Spanish, "«Cumpliremos los plazos», dijo Pedro Ruiz. Según Marta Gil, el plan anunciado en mayo está «muerto y enterrado»."));

    // Finding 5: a name's suffix or a street's abbreviation still ends its sentence.
    [Fact]
    public void ANamesSuffix_StillEndsTheSentence()
        => Assert.Equal(
            new[] { "Tom Fox Jr", "Tom Fox Jr" },
            QuoteSpeakers.Under("Square", "\"We will be ready in May,\" said Tom Fox Jr. Anna Lee did not agree with him. \"It will not be ready before the autumn,\" he said."));

    [Fact]
    public void AStreetsAbbreviation_StillEndsTheSentence()
        => Assert.Null(
            QuoteSpeakers.Under("Workshop fire", "\"The fire started in the workshop,\" said station manager Tom Fox of Elm Dr. Anna Lee, who lives next door, was woken by the alarm. \"I thought it was a drill,\" she said.")[0]);

    // Finding 6: a list after a description is no subject.
    [Fact]
    public void AListAfterADescription_IsNoSubject_InItalian()
        => Assert.Equal(
            new[] { "Anna Rossi", "Anna Rossi" },
            QuoteSpeakers.Under(
                "Confronto",
                LanguageLeads.Italian,
                "«Abbiamo vinto noi», ha detto la sindaca Anna Rossi.",
                "I tre candidati, l'imprenditore Davide Conti, la professoressa Carla Neri e l'avvocato Luca Bruni, hanno discusso per due ore. «Non sono qui per litigare», ha detto."));

    // Finding 8: a company's role does not pass over the company to a union delegate.
    [Fact]
    public void ACompanysRole_DoesNotPassToADelegate_InFrench()
        => Assert.Null(
            QuoteSpeakers.Under(
                "Grève",
                LanguageLeads.French,
                "« Nous ferons grève jusqu'au bout », a dit Jeanne Roux, déléguée syndicale. L'entreprise Alpha Logistique dénonce « une grève politique ».",
                "Interrogé mardi, le directeur a défendu une offre « juste et raisonnable ».")[2]);

    // Finding 9: "le conseil de" a person is advice, no organisation.
    [Fact]
    public void SomeonesAdvice_IsNoOrganisation_InFrench()
        => Assert.DoesNotContain(
            "conseil de Jeanne Roux",
            QuoteSpeakers.Under("Écoles", LanguageLeads.French, "« Nous resterons ouverts », a dit Paul Roux. Le conseil de Jeanne Roux aux parents est simple : « Gardez vos enfants à la maison. »"));

    // Finding 10: a preposition before a name says whose work a thing is; it is no title.
    [Fact]
    public void APrepositionBeforeTheName_IsNoTitle_InEnglish()
        => Assert.Equal(
            new[] { "Jane Roe", "Jane Roe" },
            QuoteSpeakers.Under("New film", "\"We need the money,\" said Jane Roe.", "The new film, by director Tom Fox, opens in May. \"It is about the town and the people who live in it.\""));

    [Fact]
    public void AContractedArticleBeforeTheName_IsNoTitle_InPortuguese()
        => Assert.Equal(
            new[] { "Ana Costa", "Ana Costa" },
            QuoteSpeakers.Under(
                "Filme",
                LanguageLeads.Portuguese,
                "“Precisamos do dinheiro”, disse Ana Costa.",
                "O novo filme, do cineasta Rui Lopes, estreia em maio. “É sobre a vila e as pessoas que vivem nela”, disse."));

    // Finding 14: a German body's noun stays in its name.
    [Theory]
    [InlineData("Die Band Rote Rosen sagte, der Abend sei „einfach wunderbar“ gewesen.", "Band Rote Rosen")]
    [InlineData("Das Restaurant Goldener Hirsch erklärte, der Abend sei „einfach wunderbar“ gewesen.", "Restaurant Goldener Hirsch")]
    public void ABodysNoun_StaysInItsName_InGerman(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Fest", LanguageLeads.German, paragraph));

    private static string Lead(string language) => language switch
    {
        "es" => LanguageLeads.Spanish,
        "nl" => LanguageLeads.Dutch,
        "pt" => LanguageLeads.Portuguese,
        "it" => LanguageLeads.Italian,
        _ => LanguageLeads.French,
    };
}
