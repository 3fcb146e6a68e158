using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// What follows a headline's last separator: a second clause of the headline after a dash (capitalised, but with words
/// in lower case that no publication's name holds) stays in the title; a section's label of a word or two between the
/// headline and the site's name goes with the site.
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

    [Theory]
    [InlineData("Town hall approves new cycle lanes along the river | Local News | Valley Courier", "Town hall approves new cycle lanes along the river", "Valley Courier")]
    [InlineData("Le conseil vote la rénovation de la piscine - Actualités - L'Écho du Léon", "Le conseil vote la rénovation de la piscine", "L'Écho du Léon")]
    [InlineData("Gemeente opent nieuwe fietsbrug over de Lek | Regio | Het Rivierblad", "Gemeente opent nieuwe fietsbrug over de Lek", "Het Rivierblad")]
    public void ASectionsLabelBeforeTheSite_GoesWithTheSite(string line, string title, string source)
    {
        Assert.Equal((title, (string?)source), TitleSplitter.Split(line));
    }

    // Guard: three capitalised words after a separator are the headline's own, and so is a label after a short headline.
    [Theory]
    [InlineData("Ferry strike - What Happens Next | The Harbour Times", "Ferry strike - What Happens Next")]
    [InlineData("Storm hits coast - Live Updates | The Harbour Times", "Storm hits coast - Live Updates")]
    public void AHeadlinesOwnWordsAfterASeparator_StayInTheTitle(string line, string title)
    {
        Assert.Equal(title, TitleSplitter.Split(line).Title);
    }
}
