using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French cues the sieves read through their auxiliaries: a reflexive "s'est dit", and an
/// inverted "a-t-il ajouté" that governs a quote later in its sentence.
/// </summary>
public sealed class FrenchCueTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Grève à Valmont", paragraphs);

    [Fact]
    public void AReflexiveAuxiliary_StandsBetweenTheSubjectAndItsVerb()
        => Assert.Equal(
            new[] { "Jean-Luc Ferrand" },
            Speakers("Le maire de Valmont, Jean-Luc Ferrand, s'est dit « inquiet » pour les commerçants du centre-ville."));

    [Fact]
    public void AnInvertedAuxiliary_GovernsAQuoteLaterInItsSentence()
        => Assert.Equal(
            new[] { "Jean-Luc Ferrand", "Jean-Luc Ferrand", "Jean-Luc Ferrand" },
            Speakers(
                "« Chaque jour de grève coûte cher aux habitants », a déclaré Jean-Luc Ferrand.",
                "« Les bus doivent rouler lundi », a-t-il ajouté, avant d'appeler les deux parties à « se parler franchement »."));
}
