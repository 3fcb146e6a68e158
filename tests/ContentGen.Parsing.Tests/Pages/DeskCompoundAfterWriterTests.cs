using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// German writes a broadcaster's or a body's desk as a compound joined by a hyphen, its head last: "Von Jonas Wendt,
/// Südwelle-Studio Talbach". After the writer's comma such a compound names the desk she files from, as "Pressestelle"
/// alone does, not a second writer; a second writer with a hyphenated surname stays one.
/// </summary>
public sealed class DeskCompoundAfterWriterTests
{
    [Theory]
    [InlineData("Von Jonas Wendt, Südwelle-Studio Talbach", "Jonas Wendt")]
    [InlineData("Von Anna Koch, Nordfunk-Studio Hafenstadt", "Anna Koch")]
    [InlineData("Von Anna Koch, Landkreis-Pressestelle", "Anna Koch")]
    [InlineData("Von Jonas Berg, Regional-Dienst Nord", "Jonas Berg")]
    public void ADeskCompoundAfterTheWritersComma_IsNoSecondWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Von Jonas Wendt, Anna Kaiser-Bode", "Jonas Wendt; Anna Kaiser-Bode")]
    [InlineData("Von Jonas Wendt, Hans-Peter Studt", "Jonas Wendt; Hans-Peter Studt")]
    public void ASecondWriterWithAHyphenatedName_StillReads(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));
}
