namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A subject described with no role noun ("Il terzo candidato", "O curador da mostra", "Haar
/// buurman"), then its name set off by commas with its own role or profession before it
/// ("l'imprenditore Davide Corsetti", "o cineasta Rafael Mourão", "slager Henk Bosman"), then its
/// verb, is the sentence's subject: the role or profession says the name is a person's. Before,
/// the next pronoun or dropped subject went to whoever spoke last. A clause before the name still
/// makes it an object.
/// </summary>
public sealed class TitledNameAfterDescriptionTests
{
    [Fact]
    public void ARoleBeforeTheName_MakesItTheSubject_InItalian()
        => Assert.Equal(
            new[] { "Federica Monaldi", "Davide Corsetti" },
            QuoteSpeakers.Under(
                "Primo confronto tra i candidati",
                LanguageLeads.Italian,
                "«Abbiamo vinto noi», ha detto Federica Monaldi.",
                "Il terzo candidato, l'imprenditore Davide Corsetti, ha scelto toni più pacati. «Non sono qui per litigare», ha detto."));

    [Fact]
    public void AProfessionBeforeTheName_MakesItTheSubject_InPortuguese()
        => Assert.Equal(
            new[] { "Lúcia Barros", "Rafael Mourão" },
            QuoteSpeakers.Under(
                "Festival perde patrocínio",
                LanguageLeads.Portuguese,
                "“Perdemos metade do orçamento”, disse Lúcia Barros.",
                "O curador da mostra, o cineasta Rafael Mourão, lamentou o corte. “Os filmes de estreia são os primeiros a sair”, afirmou."));

    [Fact]
    public void AnOccupationBeforeTheName_MakesItTheSubject_InDutch()
        => Assert.Equal(
            new[] { "Sandra de Groot", "Henk Bosman" },
            QuoteSpeakers.Under(
                "Winkeliers vrezen leegstand",
                LanguageLeads.Dutch,
                "“Mijn klanten zijn vooral ouderen”, zei Sandra de Groot.",
                "Haar buurman, slager Henk Bosman, denkt er hetzelfde over. “Als de supermarkt gaat, ga ik ook”, zegt hij."));

    // Guards: a clause before the name (its verb unknown to the lexicons, an auxiliary) makes the
    // name its object, whatever stands before the name.
    [Fact]
    public void AClauseBeforeATitledName_MakesItTheObject_InEnglish()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            QuoteSpeakers.Under(
                "Quay to reopen",
                "\"The quay will reopen in May,\" said harbour board chairman Tom Fox.",
                "The work starts with the site manager, engineer Rob Finch, on Monday. \"We will keep to the timetable,\" he added."));

    [Fact]
    public void AnAuxiliaryBeforeATitledName_MakesItTheObject_InItalian()
        => Assert.Equal(
            new[] { "Federica Monaldi", "Federica Monaldi" },
            QuoteSpeakers.Under(
                "Primo confronto tra i candidati",
                LanguageLeads.Italian,
                "«Abbiamo vinto noi», ha detto Federica Monaldi.",
                "La candidata ha salutato il rivale, l'imprenditore Davide Corsetti, in piazza. «Vinca il migliore», ha detto."));
}
