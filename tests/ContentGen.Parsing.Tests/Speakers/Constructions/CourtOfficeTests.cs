namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// A court's offices are roles (<c>de officier van justitie, X, …. "…", aldus de officier</c>): the
/// definite noun after the cue means the holder the article named, and only that holder.
/// </summary>
public sealed class CourtOfficeTests
{
    [Theory]
    [InlineData("nl", "Volgens de officier van justitie, Esther Bosveld, sluisde de directeur geld weg. || \"Dit is een patroon\", aldus de officier.", "Esther Bosveld")]
    [InlineData("es", "El fiscal del caso, Alberto Garrido, pidió dos años de cárcel. || «Es una traición a cientos de familias», dijo el fiscal.", "Alberto Garrido")]
    [InlineData("it", "Il giudice del tribunale di Valdora, Franco Serra, ha letto la sentenza. || «La pena è giusta», ha detto il giudice.", "Franco Serra")]
    [InlineData("pt", "A juíza do tribunal de Alvor, Marta Seixas, leu a sentença. || «A pena é justa», afirmou a juíza.", "Marta Seixas")]
    [InlineData("fr", "La juge d'instruction, Claire Dumont, a clos le dossier. || « Le dossier est complet », a précisé la juge.", "Claire Dumont")]
    [InlineData("de", "Die Richterin am Landgericht, Petra Vogt, verlas das Urteil. || „Die Strafe ist angemessen“, sagte die Richterin.", "Petra Vogt")]
    [InlineData("en", "The prosecutor, Helen Marsh, asked for a two-year sentence. || \"This was a pattern, not a mistake,\" the prosecutor said.", "Helen Marsh")]
    public void ACourtsOffice_MeansItsHolder(string language, string paragraphs, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraphs.Split(" || ")));

    // Guards: with no holder named, a court's office is someone unnamed, not the earlier speaker.
    [Theory]
    [InlineData("nl", "\"Dit is een patroon\", aldus de officier.")]
    [InlineData("es", "«Es una traición», dijo el fiscal.")]
    [InlineData("it", "«La pena è giusta», ha detto il giudice.")]
    [InlineData("en", "\"This was a pattern,\" the judge said.")]
    public void ACourtsOfficeNoOneHolds_IsNotTheEarlierSpeaker(string language, string paragraph)
        => Assert.NotEqual(ConstructionProbe.EarlierSpeaker(language) is var earlier ? ConstructionProbe.LastSpeaker(language, earlier) : null,
            ConstructionProbe.LastSpeaker(language, ConstructionProbe.EarlierSpeaker(language), paragraph));
}
