namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// After an inverted verb, a medium named in capitals runs into the subject's name ("a indiqué au
/// Parisien Jean Morel"); but when the medium opens with lower-case words ("afirmou em entrevista à
/// TV Vale Sul"), the capitalised words after them are the medium's own name, no subject. Before,
/// the last two ("Vale Sul") spoke; now the dropped subject means whom it meant.
/// </summary>
public sealed class MediumNamedAfterLowerWordsTests
{
    [Fact]
    public void AMediumsNameAfterItsLowerCaseWords_IsNoSubject()
        => Assert.Equal(
            new[] { "Márcio Lopes" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Portuguese, "O coordenador da Defesa Civil, tenente Márcio Lopes, disse que choveu muito. “O córrego subiu dois metros”, afirmou em entrevista à TV Rio Claro."));

    // Guards: a medium named in capitals still runs into the subject's name.
    [Theory]
    [InlineData("« Le port ferme », a indiqué au Parisien Jean Morel.")]
    [InlineData("« Le port ferme », a déclaré sur France Inter Jean Morel.")]
    public void AMediumNamedInCapitals_StillRunsIntoTheSubject(string paragraph)
        => Assert.Equal(new[] { "Jean Morel" }, QuoteSpeakers.Under("Probe", LanguageLeads.French, paragraph));
}
