namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Three shapes that gave the words to the wrong person before:
/// a body's name brought in by a link may hold a lower-case word between its capitalised ones
/// ("el secretario general de Docentes en Lucha, Andrés Velasco, advirtió …"), so the description
/// still ends in its holder, the sentence's subject; a view's preposition, an article and a noun
/// that is no role opening a sentence ("Para o dono de uma pousada, …") give someone unnamed's view,
/// whom a later dropped subject means (no one named), not whoever spoke last; an indefinite article
/// and its noun opening the clause a colon ends, after an opening phrase ("Devant l'école
/// Jean-Moulin, mardi midi, une mère de trois enfants résume … :"), say someone unnamed speaks, not
/// a name of the opening phrase.
/// </summary>
public sealed class UnnamedHoldersAndInnerNameWordTests
{
    [Fact]
    public void ALowerCaseWordInsideABodysName_KeepsTheDescription_InSpanish()
        => Assert.Equal(
            new[] { "Raquel Montoya", "Andrés Velasco" },
            QuoteSpeakers.Under(
                "Huelga docente",
                LanguageLeads.Spanish,
                "«Es la mayor movilización desde 2012», afirmó Raquel Montoya. A su lado, el secretario general de Docentes en Lucha, Andrés Velasco, advirtió de que la protesta continuará. «Si no hay respuesta, volveremos a parar», dijo."));

    [Fact]
    public void AnUnnamedViewHolder_TakesTheDroppedSubject_InPortuguese()
        => Assert.Equal(
            new[] { "Gilberto Paiva", null },
            QuoteSpeakers.Under(
                "Festival perde patrocínio",
                LanguageLeads.Portuguese,
                "O secretário de Cultura, Gilberto Paiva, disse que o município vai garantir “a mesma verba”. Para o dono de uma pousada no centro histórico, o anúncio é uma má notícia para toda a cidade. “Na semana do festival eu lotava. Agora vou ver”, disse."));

    [Fact]
    public void AnIndefiniteClauseSubject_IsNoNameOfTheOpeningPhrase_InFrench()
        => Assert.Equal(
            new string?[] { "mère" },
            QuoteSpeakers.Under(
                "Cantines : le bio repoussé",
                LanguageLeads.French,
                "Devant l'école Jean-Moulin, mardi midi, une mère de trois enfants résume le sentiment général : « On n'y croit plus. »"));

    // Guards: a clause (a verb before the body's name) makes the name its object; a view held by
    // a role means its holder; a name opening the sentence before an appositive never closed, or
    // one named after the opening phrase, still speaks.
    [Fact]
    public void AClauseBeforeTheBodysName_MakesItsHolderAnObject_InSpanish()
        => Assert.Equal(
            new[] { "Raquel Montoya", "Raquel Montoya" },
            QuoteSpeakers.Under(
                "Huelga docente",
                LanguageLeads.Spanish,
                "«Es la mayor movilización desde 2012», afirmó Raquel Montoya. A su lado, el alcalde felicitó a Docentes en Lucha, Andrés Velasco, por la protesta. «Si no hay respuesta, volveremos a parar», dijo."));

    [Fact]
    public void AViewHeldByARole_StillMeansItsHolder_InPortuguese()
        => Assert.Equal(
            new[] { "Gilberto Paiva", "Gilberto Paiva" },
            QuoteSpeakers.Under(
                "Festival perde patrocínio",
                LanguageLeads.Portuguese,
                "O secretário de Cultura, Gilberto Paiva, disse que o município vai garantir “a mesma verba”. Para o secretário, o anúncio é uma boa notícia para toda a cidade. “Na semana do festival teremos tudo”, disse."));

    [Theory]
    [InlineData("Jean Roux, une habitante du quartier raconte : « On n'y croit plus. »", "Jean Roux")]
    [InlineData("Mardi midi, Jeanne Roux, une mère de trois enfants, résume le sentiment général : « On n'y croit plus. »", "Jeanne Roux")]
    public void ANamedSubject_StillSpeaks_InFrench(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Cantines : le bio repoussé", LanguageLeads.French, paragraph));
}
