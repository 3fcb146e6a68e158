using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A share bar may join its buttons with function words ("Compartir en Facebook Compartir en X"): three menu words
/// or more that outnumber the function words between them, ending on a menu word, are chrome; two section names
/// joined by "et" ("Économie et emploi") may still head a section.
/// </summary>
public sealed class ShareBarJoinerTests
{
    [Theory]
    [InlineData("Compartir en Facebook Compartir en X")]
    [InlineData("Share on Facebook Share on WhatsApp")]
    [InlineData("Partager sur Facebook Partager sur X")]
    public void ShareButtonsJoinedByFunctionWords_AreChrome(string line) => Assert.Equal(BoilerplateKind.Navigation, BoilerplateLines.ClassifyLine(line.AsSpan()));

    [Theory]
    [InlineData("Économie et emploi")]
    [InlineData("Sport and culture")]
    [InlineData("Share the road")]
    public void TwoMenuWordsJoined_OrAPhrase_AreNoShareBar(string line) => Assert.Null(BoilerplateLines.ClassifyLine(line.AsSpan()));

    [Fact]
    public void AShareBarJoinedByFunctionWords_IsNeverTheHeadline()
    {
        var paragraphs = Articles.Of("es");
        var page = string.Join("\n\n", "Saltar al contenido", paragraphs[0] + " - Diario de la Ribera", "Elena Vidal\nAlzira - 8 abr 2024 - 18:05 CEST\nCompartir en Facebook Compartir en X", paragraphs[1], paragraphs[2], paragraphs[3]);

        Assert.Equal(paragraphs[0], ArticleParser.Parse(page).Title);
    }
}
