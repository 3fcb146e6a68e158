namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A role noun with the capitalised complement that names its office ("le ministre de la Santé",
/// "the mayor of Westport") means the holder named with that office, never one named with
/// another; and a bare role ("le ministre") in an article that gave the noun several offices
/// means a holder only as the person last spoken of.
/// </summary>
public sealed class OfficeComplementTests
{
    [Theory]
    // Two ministers named with their offices: each office's words go to its own holder.
    [InlineData("Réforme du port de Valmont",
        "Le ministre du Travail Jean Morel et le ministre de la Santé Paul Girard ont présenté le plan mardi à Valmont.",
        "« Nous irons vite », a déclaré le ministre de la Santé.", "Paul Girard")]
    [InlineData("Novo plano para o porto de Vila Nova",
        "O ministro da Saúde Rui Sousa e o ministro do Trabalho Ana Costa apresentaram o plano na terça-feira.",
        "«Vamos depressa», disse o ministro do Trabalho.", "Ana Costa")]
    public void ARoleWithItsOffice_IsThatOfficesHolder(string headline, string lead, string quote, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, lead, quote)[0]);

    [Theory]
    // Only one minister named, with another office: the minister who speaks is someone else.
    [InlineData("Réforme du port de Valmont",
        "Jean Morel, ministre du Travail, a présenté le plan mardi à Valmont avec ses collègues.",
        "« Nous irons vite », a déclaré le ministre de la Santé.")]
    [InlineData("Nuevo plan para el puerto de Valdeoro",
        "El ministro de Sanidad, Andrés Molina, visitó el puerto el martes con la alcaldesa.",
        "«Iremos rápido», dijo el ministro de Hacienda.")]
    [InlineData("New bridge for Eastport",
        "The mayor of Eastport, Jane Roe, opened the bridge on Monday with her neighbours from across the bay.",
        "\"It is a fine day for the town,\" said the mayor of Westport.")]
    public void ARoleWithAnotherOffice_IsNoOne(string headline, string lead, string quote)
        => Assert.Null(QuoteSpeakers.Under(headline, lead, quote)[0]);

    [Theory]
    // Innocent neighbours: the same office, a lower-case complement, a bare role with one office.
    [InlineData("New bridge for Eastport",
        "The mayor of Eastport, Jane Roe, opened the bridge on Monday.",
        "\"It is a fine day for the town,\" said the mayor of Eastport.", "Jane Roe")]
    [InlineData("Nouveau pont à Lorient",
        "Le maire de Lorient Paul Girard a inauguré le pont lundi.",
        "« C'est un beau jour pour la ville », a déclaré le maire de la ville.", "Paul Girard")]
    [InlineData("Réforme du port de Valmont",
        "Jean Morel, ministre du Travail, a présenté le plan mardi à Valmont.",
        "« Nous irons vite », a déclaré le ministre.", "Jean Morel")]
    public void TheSameOffice_ALowerCaseComplement_OrABareRole_KeepsItsHolder(string headline, string lead, string quote, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, lead, quote)[0]);

    [Fact]
    public void ABareRoleAfterAnOfficesHolderSpoke_IsThatHolder()
        => Assert.Equal(
            new string?[] { "Paul Girard", "Paul Girard" },
            QuoteSpeakers.Under(
                "Réforme du port de Valmont",
                "Le ministre du Travail Jean Morel et le ministre de la Santé Paul Girard ont présenté le plan mardi à Valmont.",
                "« Nous irons vite », a déclaré le ministre de la Santé.",
                "« Les chantiers commencent demain », a ajouté le ministre."));

    [Theory]
    // Review of session 19: one office under a title that joins two complements, asked by either.
    [InlineData("Presupuesto en Valdeoro", "El ministro de Economía y Hacienda, Juan Castillo, presentó el martes las cuentas del año próximo.", "«Cumpliremos lo prometido», afirmó el ministro de Hacienda ante los diputados.", "Juan Castillo")]
    [InlineData("Trade talks", "The minister of Trade and Industry, Tom Lake, met the unions on Monday.", "\"We will not move,\" said the minister of Industry.", "Tom Lake")]
    [InlineData("Reforma", "O ministro da Economia e Finanças, Rui Sousa, apresentou o orçamento na terça-feira.", "«Vamos cumprir», disse o ministro das Finanças aos deputados.", "Rui Sousa")]
    public void AnOfficeWithAJoinedTitle_IsHeldUnderEachOfItsComplements(string headline, string lead, string quote, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, lead, quote)[0]);

    [Fact]
    public void ABareRoleGivenTwoOffices_WithSomeoneElseLastNamed_IsNoOne()
        => Assert.Null(QuoteSpeakers.Under("Mayors meet", "The mayor of Eastport, Jane Roe, wrote to the mayor of Westport on Monday about the ferry.", "Tom Lake, a local trader, welcomed the letter.", "\"We must act together,\" said the mayor.")[0]);
}
