using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A council's member is a role in every language (<c>councillor</c>, <c>conseillère</c>,
/// <c>Stadträtin</c>, <c>concejala</c>, <c>consigliera</c>, <c>vereadora</c>, <c>raadslid</c>), so
/// the named member whose view a sentence gives is whom the next pronoun cue means, not the
/// person quoted before: <c>« … », a défendu le maire, Paul Roux. Selon la conseillère Anne Morel,
/// … « … », a-t-elle regretté.</c> French lacked the noun, and the pronoun fell back to the mayor.
/// </summary>
public sealed class CouncillorViewThenPronounTests
{
    [Theory]
    [InlineData("en", "\"It was our choice,\" the mayor, Paul Rowe, said on Monday. According to councillor Anne Morley, a family will pay more. \"The prices could have followed incomes,\" she said.", "Anne Morley")]
    [InlineData("fr", "« C'est un choix assumé », a défendu lundi le maire, Paul Roux. Selon la conseillère Anne Morel, une famille paiera plus. « On aurait pu moduler les tarifs », a-t-elle regretté.", "Anne Morel")]
    [InlineData("fr", "« C'est un choix assumé », a défendu lundi le maire, Paul Roux. Selon la conseillère d'opposition Anne Morel, une famille paiera plus. « On aurait pu moduler les tarifs », a-t-elle regretté.", "Anne Morel")]
    [InlineData("fr", "« C'est un choix assumé », a défendu lundi la maire, Claire Roux. Selon le conseiller Paul Morel, une famille paiera plus. « On aurait pu moduler les tarifs », a-t-il regretté.", "Paul Morel")]
    [InlineData("de", "„Das war unsere Wahl“, sagte der Bürgermeister Paul Rauch am Montag. Laut Stadträtin Anne Moll zahlt eine Familie mehr. „Man hätte die Preise staffeln können“, sagte sie.", "Anne Moll")]
    [InlineData("es", "«Fue nuestra decisión», defendió el alcalde, Pablo Ruiz, el lunes. Según la concejala Ana Morales, una familia pagará más. «Se podían haber ajustado las tarifas», lamentó ella.", "Ana Morales")]
    [InlineData("it", "«È stata una nostra scelta», ha difeso lunedì il sindaco, Paolo Rossi. Secondo la consigliera Anna Moretti, una famiglia pagherà di più. «Si potevano modulare le tariffe», ha detto lei.", "Anna Moretti")]
    [InlineData("pt", "«Foi uma escolha nossa», defendeu na segunda-feira o presidente da câmara, Paulo Rocha. Segundo a vereadora Ana Moura, uma família vai pagar mais. «Podiam ter ajustado as tarifas», lamentou ela.", "Ana Moura")]
    [InlineData("nl", "\"Het was onze keuze\", zei burgemeester Paul Rooij maandag. Volgens raadslid Anne Mol betaalt een gezin meer. \"De tarieven hadden kunnen meebewegen\", zei ze.", "Anne Mol")]
    public void TheCouncillorGivingTheView_IsWhomTheNextPronounMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: the verb "conseiller" (to advise) names no one, and a pronoun of the other gender
    // than the member's title is no one rather than the member.
    [Theory]
    [InlineData("fr", "« Il faut attendre », a dit la maire, Claire Roux. Elle préfère conseiller aux familles de patienter. « Le marché sera revu », a-t-elle ajouté.", "Claire Roux")]
    [InlineData("fr", "« Il faut attendre », a dit la maire, Claire Roux. Le rôle de conseiller municipal est exigeant. « Le marché sera revu », a-t-elle ajouté.", "Claire Roux")]
    public void AdvisingIsNoCouncillor(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    [Theory]
    [InlineData("fr", "Selon la conseillère Anne Morel, une famille paiera plus. « On aurait pu moduler les tarifs », a-t-il regretté.")]
    public void APronounOfTheOtherGender_IsNotTheCouncillor(string language, string paragraph)
        => Assert.NotEqual("Anne Morel", ConstructionProbe.LastSpeaker(language, paragraph));
}
