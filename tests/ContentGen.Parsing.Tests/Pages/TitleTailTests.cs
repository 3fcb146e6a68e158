using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// What follows a headline's last separator: a second clause of the headline after a dash (capitalised, but with words
/// in lower case that no publication's name holds) stays in the title, where a publication's name with its particles is
/// split off.
/// </summary>
public sealed class TitleTailTests
{
    [Theory]
    [InlineData("Hochwasser an der Ilz: Pegel steigt weiter – Altstadt von Hals wird evakuiert")]
    [InlineData("Cortes de luz en el valle del Jiloca - Endesa repone el servicio por la tarde")]
    [InlineData("Frana sulla provinciale per il passo - Il sindaco chiude la strada fino a lunedì")]
    public void ASecondClauseAfterADash_StaysInTheTitle(string line)
    {
        Assert.Equal((line, (string?)null), TitleSplitter.Split(line));
    }

    // Guard: a publication's name with its particles in lower case is still split off.
    [Theory]
    [InlineData("Le conseil vote la rénovation de la piscine - Le Courrier de l'Estuaire", "Le conseil vote la rénovation de la piscine", "Le Courrier de l'Estuaire")]
    [InlineData("Los vecinos recuperan el lavadero del pueblo – Diario de la Vega", "Los vecinos recuperan el lavadero del pueblo", "Diario de la Vega")]
    public void APublicationWithParticles_IsSplitOff(string line, string title, string source)
    {
        Assert.Equal((title, (string?)source), TitleSplitter.Split(line));
    }
}
