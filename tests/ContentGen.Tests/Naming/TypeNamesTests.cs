using ContentGen.Naming;

namespace ContentGen.Tests.Naming;

/// <summary>
/// The type name a seed asks for (<see cref="TypeNames"/>): its TypeName metadata when that makes
/// an identifier, else a meaningful file name, else its title, else the file name however
/// opaque, else "Untitled"; and which seeds are named from their titles.
/// </summary>
public sealed class TypeNamesTests
{
    [Theory]
    // The metadata wins when it makes an identifier; when it makes none, the rest decides.
    [InlineData("seeds/nato-talks.txt", "Talks in Brussels", "Override", "Override")]
    [InlineData("seeds/nato-talks.txt", "Talks in Brussels", "", "NatoTalks")]
    [InlineData("seeds/nato-talks.txt", "Talks in Brussels", "not valid", "NatoTalks")]
    [InlineData("seeds/nato-talks.txt", "Talks in Brussels", null, "NatoTalks")]
    // An opaque file name gives way to the title; with no title, it is used as it is.
    [InlineData("seeds/000_7f261bbe20e88e81.txt", "Talks in Brussels", null, "TalksInBrussels")]
    [InlineData("seeds/000_7f261bbe20e88e81.txt", "", null, "_0007f261bbe20e88e81")]
    [InlineData("seeds/001.txt", "!!!", null, "_001")]
    [InlineData("seeds/---.txt", "!!!", null, "Untitled")]
    public void Request_TakesTheFirstUsableName(string path, string title, string? typeName, string expected)
        => Assert.Equal(expected, TypeNames.Request(path, title, typeName));

    [Theory]
    // A PascalCase or camelCase file name keeps its capitals, and a capitalised word in it is a
    // meaningful word even when digits follow ("FerryTimetable2024").
    [InlineData("seeds/HarbourNews.md", "HarbourNews")]
    [InlineData("seeds/harbourNews.txt", "HarbourNews")]
    [InlineData("seeds/FerryTimetable2024.md", "FerryTimetable2024")]
    // Ids in capitals have no small letter before a capital: still opaque.
    [InlineData("seeds/7F261BBE20E88E81.txt", "TalksInBrussels")]
    public void PascalCaseFileNames_NameTheType(string path, string expected)
        => Assert.Equal(expected, TypeNames.Request(path, "Talks in Brussels", null));

    [Theory]
    // Folders are cut at either slash; a file at the root has none.
    [InlineData("a/b/nato-talks.txt", "nato-talks.txt")]
    [InlineData("a\\b\\nato-talks.txt", "nato-talks.txt")]
    [InlineData("nato-talks.txt", "nato-talks.txt")]
    [InlineData("/nato-talks.txt", "nato-talks.txt")]
    public void FileName_CutsTheFolders(string path, string expected) => Assert.Equal(expected, TypeNames.FileName(path));

    [Theory]
    // The extension is cut, but a leading dot is the name: ".harbour" names the type "Harbour".
    [InlineData("seeds/.harbour", "Harbour")]
    [InlineData("seeds/harbour", "Harbour")]
    [InlineData("seeds/harbour.news.txt", "HarbourNews")]
    [InlineData("harbour.txt", "Harbour")]
    public void TheFileStem_LosesOnlyItsLastExtension(string path, string expected)
        => Assert.Equal(expected, TypeNames.Request(path, "Other title", null));

    [Theory]
    // A word of three letters is meaningful; two are not; digits in a word make it an id.
    [InlineData("seeds/abc-001.txt", false)]
    [InlineData("seeds/ab-001.txt", true)]
    [InlineData("seeds/abc1-001.txt", true)]
    // Hex runs of eight or more are ids, shorter ones are words ("cafe"); a long word with a
    // letter past f is a word.
    [InlineData("seeds/deadbeef.txt", true)]
    [InlineData("seeds/cafe.txt", false)]
    [InlineData("seeds/deadbeefs.txt", false)]
    [InlineData("seeds/abcdefgh.txt", false)]
    [InlineData("seeds/7f261bbe-deadbeef.txt", true)]
    public void NamedFromTitle_WhenTheFileNameIsOpaque(string path, bool fromTitle)
    {
        Assert.Equal(fromTitle, TypeNames.NamedFromTitle(path, null));
        Assert.Equal(fromTitle, TypeNames.Request(path, "Title words", null) == "TitleWords");
    }

    [Theory]
    [InlineData("Override", false)]
    [InlineData("", true)]
    [InlineData("not valid", true)]
    public void NamedFromTitle_OnlyWithoutUsableMetadata(string typeName, bool fromTitle)
        => Assert.Equal(fromTitle, TypeNames.NamedFromTitle("seeds/001.txt", typeName));

    [Fact]
    public void NamedFromTitle_NotWhenAMeaningfulFileNameMakesNoIdentifier()
        => Assert.False(TypeNames.NamedFromTitle("seeds/nato-talks.txt", null));
}
