namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role said with a complement that its holder was not given it with ("el entrenador del
/// Valdemar" after "El entrenador local, Pedro Sanz"), while someone else who holds no role is in
/// focus, may be either's: no one. With the holder in focus, or the same complement, the holder.
/// </summary>
public sealed class RoleComplementFocusTests
{
    [Fact]
    public void ARoleWithANewComplement_AfterSomeoneElse_GivesNoOne()
        => Assert.Equal(
            new string?[] { "Pedro Sanz", null },
            QuoteSpeakers.Under(
                "El Robledal empata",
                "El entrenador local, Pedro Sanz, habló primero. «Hemos sufrido mucho», dijo Sanz.",
                "En el otro vestuario, Iker Goñi lamentó la derrota. «Con diez es muy difícil», explicó el entrenador del Valdemar."));

    [Fact]
    public void ARoleWithTheComplementItWasGivenWith_IsTheHolders()
        => Assert.Equal(
            new string?[] { "Pedro Sanz", "Pedro Sanz" },
            QuoteSpeakers.Under(
                "El Robledal empata",
                "El entrenador del Valdemar, Pedro Sanz, habló primero. «Hemos sufrido mucho», dijo Sanz.",
                "En el otro vestuario, Iker Goñi lamentó la derrota. «Con diez es muy difícil», explicó el entrenador del Valdemar."));

    [Fact]
    public void ARoleWithANewComplement_WithTheHolderInFocus_IsTheHolders()
        => Assert.Equal(
            new string?[] { "Pedro Sanz", "Pedro Sanz" },
            QuoteSpeakers.Under(
                "El Robledal empata",
                "El entrenador local, Pedro Sanz, habló primero. «Hemos sufrido mucho», dijo Sanz.",
                "«Con diez es muy difícil», explicó después el entrenador del Robledal."));
}
