namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// An inverted cue whose subject is a role no one in the article was given (<c>a assuré le
/// représentant de l'État</c>), in a paragraph that has just brought someone in (<c>Des propos
/// que le sous-préfet, Antoine Giraud, présent dans la salle, a tenu à recadrer.</c>): the role
/// describes that newcomer, as a pronoun there would mean them, not the person quoted in a
/// paragraph before. With two newcomers, no one.
/// </summary>
public sealed class UnheldRoleAfterNewcomerTests
{
    [Theory]
    [InlineData("fr", "Des propos que le sous-préfet, Antoine Giraud, présent dans la salle, a tenu à recadrer. « L'État ne force la main à personne », a assuré le représentant de l'État.", "Antoine Giraud")]
    [InlineData("it", "Parole che il viceprefetto, Antonio Giraudo, presente in sala, ha voluto ridimensionare. «Lo Stato non forza la mano a nessuno», ha assicurato il rappresentante dello Stato.", "Antonio Giraudo")]
    public void AnUnheldRole_MeansThePersonTheParagraphBroughtIn(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));

    // What the rule must not take: a role the article gave someone means its holder, not the newcomer.
    [Theory]
    [InlineData("fr", "« Nous voulons être consultés », a déclaré le maire, Paul Bardet.", "Des propos que le sous-préfet, Antoine Giraud, présent dans la salle, a tenu à recadrer. « La commune sera associée à chaque étape », a assuré le maire.", "Paul Bardet")]
    [InlineData("it", "«Vogliamo essere consultati», ha detto il sindaco, Paolo Bardi.", "Parole che il viceprefetto, Antonio Giraudo, presente in sala, ha voluto ridimensionare. «Il comune sarà coinvolto», ha assicurato il sindaco.", "Paolo Bardi")]
    public void AHeldRole_StillMeansItsHolder(string language, string earlier, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, earlier, paragraph));
}
