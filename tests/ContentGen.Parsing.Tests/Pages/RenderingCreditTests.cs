using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A caption under an architect's picture of what is to be built signs it as a photo's caption is signed, with the
/// picture's kind and the studio's name after its last sentence ("Visualisierung: Architekturbüro Reindl"): it is a
/// caption in every language. The same word inside a sentence, or with no name after it, signs nothing.
/// </summary>
public sealed class RenderingCreditTests
{
    [Theory]
    [InlineData("So soll der Anbau aussehen. Visualisierung: Architekturbüro Reindl")]
    [InlineData("How the new pavilion will look. Visualisation: Harbour Architects")]
    [InlineData("Así será el nuevo mercado. Recreación: Estudio Almagro")]
    [InlineData("Assim ficará a nova praça. Simulação: Atelier Duarte")]
    [InlineData("Zo moet het nieuwe zwembad eruitzien. Impressie: Bureau Hofman")]
    [InlineData("Le futur gymnase vu du parc. Visuel : Atelier Morel")]
    [InlineData("Il nuovo ponte visto dal fiume. Rendering: Studio Ferri")]
    public void ARenderingSignedByAStudio_IsACaption(string line) => Assert.True(PageLines.IsCaption(line));

    [Theory]
    [InlineData("Die Visualisierung zeigt, wie der Anbau nach dem Umbau aussehen soll.")]
    [InlineData("The council published a rendering of the new pavilion on Monday.")]
    [InlineData("Zo moet het nieuwe zwembad eruitzien, volgens de impressie van het bureau.")]
    public void TheWordInsideASentence_IsNoCaption(string line) => Assert.False(PageLines.IsCaption(line));
}
