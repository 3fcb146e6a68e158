namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Unnamed sources opening a sentence with no article, before the organisation they speak for
/// ("Fuentes de Navieras Sur han asegurado que …", "Fonte da Câmara de Comércio garantiu …"): the
/// organisation speaks, as it does through a spokesman (lexicon <c>SourceNouns</c>). Before, the
/// source's noun was read into the name.
/// </summary>
public sealed class SourcesOfOrganisationTests
{
    [Theory]
    [InlineData("es", "Fuentes de Navieras Sur han asegurado que la empresa cumple «todas las normas».", "Navieras Sur")]
    [InlineData("pt", "Fonte da Câmara de Comércio de Vila Nova garantiu que o processo está a ser «acompanhado».", "Câmara de Comércio de Vila Nova")]
    [InlineData("it", "Fonti di Acciaierie Riunite hanno assicurato che l'impianto è «sicuro».", "Acciaierie Riunite")]
    public void TheOrganisationAfterTheSourcesNoun_Speaks(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", Lead(language), paragraph));

    // Guards: a place named like a source, with no link, and a name after a source's noun in lower case.
    [Theory]
    [InlineData("Fuente Vieja cerró el año con pérdidas. «Fue un año muy duro», dijo Ana Gil.", "Ana Gil")]
    [InlineData("Según fuentes de la empresa, el puerto reabrirá. «Fue un año muy duro», dijo Ana Gil.", "Ana Gil")]
    public void OtherShapes_AreReadAsBefore(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, paragraph));

    private static string Lead(string language) => language switch
    {
        "pt" => LanguageLeads.Portuguese,
        "it" => LanguageLeads.Italian,
        _ => LanguageLeads.Spanish,
    };
}
