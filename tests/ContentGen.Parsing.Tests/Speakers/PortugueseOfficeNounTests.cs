namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Portuguese "administrador" and "coordenador" are roles: a description holding one, then the name
/// set off by commas, makes the name the sentence's subject, whom a later dropped subject means.
/// Before, the speaker quoted earlier took the words.
/// </summary>
public sealed class PortugueseOfficeNounTests
{
    [Theory]
    [InlineData("O administrador da cooperativa, Rui Lemos, negou o atraso. “As obras seguem o plano”, declarou.", "Rui Lemos")]
    [InlineData("Ouvida pela rádio local, a coordenadora do sindicato, Ana Brito, contestou as contas. “Os números não batem certo”, declarou.", "Ana Brito")]
    public void ANameAfterTheRole_IsWhomTheDroppedSubjectMeans(string paragraph, string speaker)
        => Assert.Equal(
            new[] { "Vítor Reis", speaker },
            QuoteSpeakers.Under("Probe", LanguageLeads.Portuguese, "“Vamos lutar”, disse Vítor Reis.", paragraph));
}
