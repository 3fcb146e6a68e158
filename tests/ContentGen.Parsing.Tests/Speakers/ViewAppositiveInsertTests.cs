namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A view that opens its sentence may describe its holder between commas before the clause
/// ("Para Caio Nunes, da ONG Cerrado Vivo, a tragédia era “anunciada”"): the clause after the
/// appositive is still the view's. Before, the appositive's capitals read as someone else's.
/// </summary>
public sealed class ViewAppositiveInsertTests
{
    [Fact]
    public void AViewWithAnEmployerInsert_IsItsHolders()
        => Assert.Equal(
            new[] { "Caio Nunes" },
            QuoteSpeakers.Under("Incêndio", LanguageLeads.Portuguese + " Para Caio Nunes, da ONG Cerrado Vivo, a tragédia era “anunciada”."));

    // Guard: a second clause after the appositive's comma still names no view.
    [Fact]
    public void ASecondClauseAfterTheInsert_IsNoOnesView()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Incêndio", LanguageLeads.Portuguese + " Para Caio Nunes, da ONG Cerrado Vivo, o fogo começou cedo, e a tragédia era “anunciada”."));
}
