using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// What reads as a publication's name after a title's last separator, asked alone: five words at
/// most, each capitalised or a number, or after the first a particle or an elided article before a
/// capital ("Voix de l'Estuaire"); and the suffix itself, the text after the last separator.
/// </summary>
public sealed class SiteNameShapeTests
{
    [Theory]
    [InlineData("Voix de l'Estuaire", true)]
    [InlineData("Voix de l’Estuaire", true)]
    [InlineData("Voix de l'estuaire", false)]
    [InlineData("Voix de ll'Estuaire", false)]
    [InlineData("l'Estuaire Soir", false)]
    [InlineData("Alpha Beta Gamma Delta Epsilon", true)]
    [InlineData("Alpha Beta Gamma Delta Epsilon Zeta", false)]
    [InlineData("2024 Valmora", true)]
    [InlineData("Valmora's own", false)]
    [InlineData("", false)]
    public void APublicationsName_IsFiveCapitalisedWordsAtMost_WithParticlesAfterTheFirst(string suffix, bool publication)
        => Assert.Equal(publication, TitleSplitter.ReadsAsPublication(suffix));

    [Theory]
    [InlineData("Buses arrive | Valley Voice", "Valley Voice")]
    [InlineData("Buses arrive – late | Valley Voice ", "Valley Voice")]
    [InlineData("Buses arrive :: Valley Voice", "Valley Voice")]
    [InlineData("Buses arrive", null)]
    [InlineData("Buses-arrive|late", null)]
    public void TheSuffix_IsTheTextAfterTheLastSeparator(string line, string? suffix)
        => Assert.Equal(suffix, TitleSplitter.Suffix(line));
}
