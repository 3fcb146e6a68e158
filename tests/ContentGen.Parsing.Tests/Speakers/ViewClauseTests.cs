namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A view opening its sentence ("Para X, …", "Pour X, …") covers a quote inside its one clause,
/// words that only finish the clause after it: the sentence need not end on the quote.
/// </summary>
public sealed class ViewClauseTests
{
    [Theory]
    [InlineData("Greve em Vale Fundo", "Para a coordenadora Marta Quelhas, a empresa teve lucros “históricos” em 2025.", "Marta Quelhas")]

    [InlineData("Huelga en Valdeiro", "Para la portavoz Nuria Oliveros, la empresa tuvo beneficios «históricos» el año pasado.", "Nuria Oliveros")]
    public void AQuoteInsideTheViewsClause_IsTheHolders(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Read as French: with every language's words, German "des" is an article, after which a
    // quote would name its noun.
    [Fact]
    public void AQuoteInsideTheViewsClause_IsTheHolders_InFrench()
        => Assert.Equal(
            new[] { "Odile Carrouge" },
            QuoteSpeakers.Under(
                "Grève à Morvan-le-Bas : la direction refuse toute hausse des salaires",
                "Les salariés de l'usine de Morvan-le-Bas sont en grève depuis lundi pour obtenir une hausse de leurs salaires.",
                "Pour la secrétaire Odile Carrouge, la direction a fait des profits « records » l'an dernier."));

    [Fact]
    public void AQuoteNamingTheNounBeforeIt_IsNotTheViewHolders()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Greve em Vale Fundo", "Para a coordenadora Marta Quelhas, o plano “Vale Fundo Ativo” deve ser revisto em 2026."));

    [Theory]
    // Another clause, with its own subject, goes on after the quote.
    [InlineData("Greve em Vale Fundo", "Para a coordenadora Marta Quelhas, a empresa teve lucros “históricos” em 2025 e o diretor Rui Valente fala de “um ano difícil”.", "Marta Quelhas")]
    [InlineData("Grève à Morvan-le-Bas", "Pour la secrétaire Odile Carrouge, la direction a fait des profits « records », mais le directeur Paul Gerbier parle d'« une année difficile ».", "Odile Carrouge")]
    public void ASecondClauseAfterTheQuote_LeavesTheSecondQuoteToItsOwnSubject(string headline, string paragraph, string holder)
        => Assert.NotEqual(holder, QuoteSpeakers.Under(headline, paragraph)[1]);

    [Theory]
    // "e", "et", "y": a conjunction opens another clause after the quote, which the view may not cover.
    [InlineData("Greve em Vale Fundo", "Para a coordenadora Marta Quelhas, a empresa teve lucros “históricos” em 2025 e os acionistas receberam mais.")]
    [InlineData("Huelga en Valdeiro", "Para la portavoz Nuria Oliveros, la empresa tuvo beneficios «históricos» y los accionistas cobraron más.")]
    // "Per" is also "for": a clause that says nothing of what something is tells whom a thing was done for.
    [InlineData("Sciopero a Borgoleone", "Per il segretario Dario Fenzi, l'azienda ha preparato un «piano di rilancio» nel 2025.")]
    public void AQuoteTheViewDoesNotCover_IsNotTheHolders(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));
}
