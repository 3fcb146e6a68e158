using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Organisations named by a noun that lower-case words go on, after an article that may be
/// elided: "l'Union des usagers de Valmont", "la Asociación de vecinos de Valdeoro".
/// </summary>
public sealed class OrganisationNameTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Grève des transports", paragraphs);

    [Theory]
    [InlineData("Le mouvement reste « très suivi », selon l’Union des usagers de Valmont.", "Union des usagers de Valmont")]
    [InlineData("Le mouvement reste « très suivi », selon l'Union des usagers de Valmont, qui soutient la grève.", "Union des usagers de Valmont")]
    [InlineData("Le plan a été jugé « irréaliste » par le Collectif des urgentistes du Val-de-Lière.", "Collectif des urgentistes du Val-de-Lière")]
    [InlineData("« Les prix vont augmenter », a déclaré l'Agence nationale de l'énergie.", "Agence nationale de l'énergie")]
    [InlineData("« Trois personnes ont été interpellées », a indiqué la préfecture de la Somme.", "préfecture de la Somme")]
    [InlineData("«I prezzi aumenteranno», ha dichiarato l'Associazione dei consumatori di Castelmare.", "Associazione dei consumatori di Castelmare")]
    [InlineData("«Los precios subirán», afirmó la Asociación de vecinos de Valdeoro.", "Asociación de vecinos de Valdeoro")]
    [InlineData("«Los precios subirán», afirmó la Asociación de Regantes del Alto Duero.", "Asociación de Regantes del Alto Duero")]
    [InlineData("«Os preços vão subir», afirmou o Sindicato dos trabalhadores de Alvorada.", "Sindicato dos trabalhadores de Alvorada")]
    public void AnOrganisationNoun_KeepsItsLowerCaseComplements(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Fact]
    public void ALowerCaseNounWithNoCapitalisedComplement_NamesNoOne()
        => Assert.Null(Speakers("« Trois personnes ont été interpellées », a indiqué la préfecture de police.")[0]);

    [Fact]
    public void AnAcronymAfterAnElidedArticle_NamesAnOrganisation()
        => Assert.Equal("ONUDC", Speakers("« Les saisies ont doublé », a déclaré l'ONUDC.")[0]);

    [Fact]
    public void AnOrganisationNounAfterAnElidedArticle_PointsBackToTheOrganisation()
        => Assert.Equal(
            new[] { "Union des usagers de Valmont", "Union des usagers de Valmont" },
            Speakers("« Les bus doivent rouler », a déclaré l'Union des usagers de Valmont. L'union a ensuite précisé : « Nous irons devant le tribunal. »"));
}
