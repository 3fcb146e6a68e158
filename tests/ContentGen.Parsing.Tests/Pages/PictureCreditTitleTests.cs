using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A credit that names who took or drew the pictures ("Photographs by …", "Fotos von …", "Imágenes: …") credits them: it is
/// no headline, however near the dateline it stands. A headline that opens with a credit's word is still a headline.
/// </summary>
public sealed class PictureCreditTitleTests
{
    [Theory]
    [InlineData("Photographs by Tamsin Reeve")]
    [InlineData("Pictures: Oliver Brand")]
    [InlineData("Fotos von Jana Kolbeck")]
    [InlineData("Imágenes: Ana Gilabert")]
    [InlineData("Fotografias: Rui Sá Mota")]
    [InlineData("Illustrations by Maya Corbin")]
    public void ACreditWordThenAByOrAColonThenAName_IsAPictureCredit(string line)
        => Assert.True(PhotoCredits.IsPictureCredit(line.AsSpan()));

    [Theory]
    [InlineData("Pictures of the week: storms over the bay")] // a gallery's headline
    [InlineData("Bilder von der Flut in Kellerbach")] // no name after the byline's word
    [InlineData("Photographs by the river keep their secrets")] // a clause, not a name
    [InlineData("Harbour ferry to get a new pier")]
    [InlineData("Words by Tamsin Reeve")] // the writer's byline, no picture credit
    public void OtherLines_AreNoPictureCredit(string line)
        => Assert.False(PhotoCredits.IsPictureCredit(line.AsSpan()));
}
