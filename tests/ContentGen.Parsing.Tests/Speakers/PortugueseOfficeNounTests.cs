namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Portuguese "administrador" and "coordenador" are roles: a description holding one, then the name
/// set off by commas, makes the name the sentence's subject, whom a later dropped subject means.
/// Before, the speaker quoted earlier took the words.
/// </summary>
public sealed class PortugueseOfficeNounTests
{
    [Theory]
    [InlineData("O administrador executivo da empresa, Rui Lemos, rejeitou a acusação. “Hoje não temos encomendas”, declarou.", "Rui Lemos")]
    [InlineData("Contactada pela Lusa, a coordenadora do sindicato, Ana Brito, contestou os números. “Não vamos desistir”, declarou.", "Ana Brito")]
    public void ANameAfterTheRole_IsWhomTheDroppedSubjectMeans(string paragraph, string speaker)
        => Assert.Equal(
            new[] { "Vítor Reis", speaker },
            QuoteSpeakers.Under("Probe", LanguageLeads.Portuguese, "“Vamos lutar”, disse Vítor Reis.", paragraph));
}
