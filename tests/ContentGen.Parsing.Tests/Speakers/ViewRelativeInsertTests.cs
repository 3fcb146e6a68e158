namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S6: a view's holder described by a relative clause set off by commas ("Pour Hélène Garnier, qui
/// dirige le foyer depuis 2019, « … »", "Para Marta Ibarra, que preside la asociación, «…»") still
/// holds the view the quote gives, right after the clause or in the one clause after it. Before,
/// only an appositive (a role, an employer) could stand between the name and the view.
/// </summary>
public sealed class ViewRelativeInsertTests
{
    [Fact]
    public void FrenchQuoteRightAfterTheRelativeClause_IsTheHolders()
        => Assert.Equal(
            new[] { "Hélène Garnier" },
            QuoteSpeakers.Under("Foyer de Morlac", LanguageLeads.French + " Pour Hélène Garnier, qui dirige le foyer depuis 2019, « personne n'a été prévenu à temps »."));

    [Fact]
    public void FrenchQuoteEndingTheViewsClause_IsTheHolders()
        => Assert.Equal(
            new[] { "Hélène Garnier" },
            QuoteSpeakers.Under("Foyer de Morlac", LanguageLeads.French + " Pour Hélène Garnier, dont le foyer accueille trente jeunes, la fermeture est « une faute lourde »."));

    [Fact]
    public void SpanishQuoteRightAfterTheRelativeClause_IsTheHolders()
        => Assert.Equal(
            new[] { "Marta Ibarra" },
            QuoteSpeakers.Under("Barrio de Lozano", LanguageLeads.Spanish + " Para Marta Ibarra, que preside la asociación de vecinos, «nadie ha escuchado a los barrios»."));

    [Fact]
    public void ItalianQuoteRightAfterTheRelativeClause_IsTheHolders()
        => Assert.Equal(
            new[] { "Paolo Brambilla" },
            QuoteSpeakers.Under("Quartiere Vellano", LanguageLeads.Italian + " Per Paolo Brambilla, che guida il comitato da tre anni, «il quartiere è stato dimenticato»."));

    [Fact]
    public void PortugueseQuoteEndingTheViewsClause_IsTheHolders()
        => Assert.Equal(
            new[] { "Joana Seixas" },
            QuoteSpeakers.Under("Bairro da Ribeira", LanguageLeads.Portuguese + " Para Joana Seixas, que coordena a associação de moradores, a decisão foi “um erro grave”."));

    // Guard: a second clause after the relative clause may be anyone's words.
    [Fact]
    public void ASecondClauseAfterTheRelativeClause_IsNoOnesView()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Foyer de Morlac", LanguageLeads.French + " Pour Hélène Garnier, qui dirige le foyer, le projet a été retardé, et le quartier « attend toujours »."));

    // Guard: someone else named after the clause reports the words, not the view's holder.
    [Fact]
    public void SomeoneReportingAfterTheRelativeClause_IsTheSpeaker()
        => Assert.Equal(
            new[] { "Luis Pardo" },
            QuoteSpeakers.Under("Barrio de Lozano", LanguageLeads.Spanish + " Para Marta Ibarra, que preside la asociación, Luis Pardo afirmó que el plan era «un error»."));

    // Guard: a thing described by a relative clause holds no view.
    [Fact]
    public void AThingDescribedByARelativeClause_HoldsNoView()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Foyer de Morlac", LanguageLeads.French + " Pour le budget, qui a été voté lundi soir, « rien n'est encore joué »."));
}
