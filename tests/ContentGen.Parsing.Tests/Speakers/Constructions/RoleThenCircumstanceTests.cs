namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A definite role after an inverted reporting verb, then a phrase that says where, when or to whom
/// it was said, up to the clause's end: <c>«…», ha assicurato l'assessora in apertura di seduta.</c>
/// The role means the holder the article named with it before, as it does when the clause ends
/// right after the role.
/// </summary>
public sealed class RoleThenCircumstanceTests
{
    [Theory]
    [InlineData("it", "Ieri l'assessora alla Sanità Giulia Fabbri ha presentato il piano. || «Nessun reparto chiuderà», ha assicurato l'assessora in apertura di seduta.", "Giulia Fabbri")]
    [InlineData("it", "Il sindaco di Valdora, Marco Ferrari, ha aperto la seduta. || «Il ponte è sicuro», ha detto il sindaco ai giornalisti presenti.", "Marco Ferrari")]
    [InlineData("es", "La defensa la ejerce la abogada Inés Roldán. || «Mi cliente no se quedó nada», sostuvo la abogada a la salida del tribunal.", "Inés Roldán")]
    [InlineData("es", "El alcalde de Robledal, Tomás Ariza, abrió el pleno. || «No subiremos el agua», afirmó el alcalde en la sesión de la tarde.", "Tomás Ariza")]
    [InlineData("pt", "O presidente da câmara de Alvor, Jorge Leitão, abriu a sessão. || «A ponte é segura», garantiu o presidente na reunião de ontem.", "Jorge Leitão")]
    [InlineData("fr", "Le maire de Valmont, Henri Castel, a ouvert la séance. || « Le pont est sûr », a assuré le maire devant les élus.", "Henri Castel")]
    [InlineData("en", "The mayor of Northbay, Ruth Kemp, opened the meeting. || \"The bridge is safe,\" said the mayor at the start of the meeting.", "Ruth Kemp")]
    public void ARoleThenWhereOrWhenItWasSaid_MeansItsHolder(string language, string paragraph1, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph1.Split(" || ")));

    // Guards: a complement after the role names another office ("di Borgonuovo"), and a capitalised
    // word in the phrase may be another holder's place; neither is read as where the holder spoke,
    // so the holder named before is not meant.
    [Theory]
    [InlineData("it", "Il sindaco di Valdora, Marco Ferrari, ha aperto la seduta. || «Il ponte è sicuro», ha detto il sindaco di Borgonuovo ai giornalisti.", "Marco Ferrari")]
    [InlineData("es", "El alcalde de Robledal, Tomás Ariza, abrió el pleno. || «No subiremos el agua», afirmó el alcalde de Villaverde en la sesión de la tarde.", "Tomás Ariza")]
    [InlineData("fr", "Le maire de Valmont, Henri Castel, a ouvert la séance. || « Le pont est sûr », a assuré le maire de Brévannes devant les élus.", "Henri Castel")]
    public void ARoleWithAnotherPlacesComplement_DoesNotMeanTheHolderNamedBefore(string language, string paragraphs, string holder)
        => Assert.NotEqual(holder, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));
}
