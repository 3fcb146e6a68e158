namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A role with a lower-case complement as the subject of a verb that governs a partial quote
/// (<c>Le porte-parole du Rassemblement rural a dénoncé « … »</c>): reading back from the verb meets the
/// complement's noun first; the role before its link heads the phrase and means the holder the
/// article named. Without a definite article (an appositive describing a name), or with no capital
/// in the complement (no office to check the holder against), the rule is silent.
/// </summary>
public sealed class RoleComplementSubjectTests
{
    [Theory]
    [InlineData("fr", "« Il faut de la méthode », a déclaré Mathis Leclerc, porte-parole du Mouvement rural. || Le porte-parole du Mouvement rural critique ce « gouvernement d'amateurs » sans cap.", "Mathis Leclerc")]
    [InlineData("fr", "La directrice de l'Institut agricole, Odile Ferrand, a reçu les parents. || La directrice de l'Institut agricole a qualifié la décision d'« injuste ».", "Odile Ferrand")]
    [InlineData("es", "«Hace falta método», dijo Tomás Ibarra, portavoz del Consejo insular. || El portavoz del Consejo insular denunció un «gobierno de aficionados» sin rumbo.", "Tomás Ibarra")]
    [InlineData("it", "«Serve metodo», ha detto Paolo Serini, portavoce del Consiglio regionale. || Il portavoce del Consiglio regionale ha denunciato un «governo di dilettanti» senza rotta.", "Paolo Serini")]
    [InlineData("pt", "«É preciso método», disse Rui Tavares Lobo, porta-voz do Governo regional. || O porta-voz do Governo regional denunciou um «governo de amadores» sem rumo.", "Rui Tavares Lobo")]
    public void ARoleWithItsComplement_GoverningAPartialQuote_MeansItsHolder(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Guards: a role with no article describes the name before it ("Marc Olier, nouveau président
    // de l'association, s'est dit « … »"); it is never the speaker quoted before.
    [Theory]
    [InlineData("fr", "Marc Olier, nouveau président de l'association s'est dit « plutôt favorable » au projet.")]
    [InlineData("es", "Marcos Olid, nuevo presidente de la asociación se mostró «muy favorable» al proyecto.")]
    [InlineData("it", "Marco Olivi, nuovo presidente dell'associazione si è detto «molto favorevole» al progetto.")]
    public void ARoleWithoutArticle_IsNotTheEarlierSpeaker(string language, string paragraph)
    {
        var earlier = ConstructionProbe.EarlierSpeaker(language);
        var before = ConstructionProbe.LastSpeaker(language, earlier);
        Assert.NotEqual(before, ConstructionProbe.LastSpeaker(language, earlier, paragraph));
    }

    // Guards: a complement with no capital names no office the article's holders are told apart
    // by; the director of something else may be meant, so the rule is silent.
    [Theory]
    [InlineData("fr", "« On nous a menti », dénonce Marc Henon, directeur du port. || Le directeur de la criée avait promis en mai « des quais neufs ».")]
    [InlineData("it", "«Ci hanno mentito», ha detto Marco Neri, direttore del porto. || Il direttore della pescheria aveva promesso a maggio «banchine nuove».")]
    public void ARoleWithALowerCaseComplement_IsNotAnotherHolder(string language, string paragraphs)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Guards: the complement's noun is no one; with no role before the link, the reading stands
    // as it was: "La maison du peuple a accueilli « … »" gives no speaker.
    [Theory]
    [InlineData("fr", "La maison du peuple a accueilli une exposition « sans précédent » cette semaine.")]
    [InlineData("es", "La casa del pueblo acogió una exposición «sin precedentes» esta semana.")]
    public void AComplementWithNoRoleBefore_GivesNoSpeaker(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
