using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Bylines of a wire republished by two agencies, of a feature credited for words and pictures, and of a name with two
/// agencies after bars: the writer's name only, never an agency's, a photographer's or the credit's label.
/// </summary>
public sealed class BylineCreditsS21Tests
{
    [Theory]
    [InlineData("By Reuters and AFP")]
    [InlineData("By Reuters")]
    [InlineData("Por Europa Press")]
    [InlineData("Von Reuters und AFP")]
    public void AgenciesAfterAByline_NameNoWriter(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("By Jane Roe and Reuters", "Jane Roe")]
    [InlineData("Words by Harriet Vance. Photographs by Tom Ashby", "Harriet Vance")]
    [InlineData("Words by Harriet Vance. Photographs: Tom Ashby", "Harriet Vance")]
    [InlineData("Text: Florian Haslach, Fotos: Martina Egger", "Florian Haslach")]
    [InlineData("Texto: Ana Gil, Fotos: Luis Peña", "Ana Gil")]
    [InlineData("Texte : Léa Roux, Photos : Marc Vidal", "Léa Roux")]
    [InlineData("Ana Beltrán | Europa Press | EFE", "Ana Beltrán")]
    [InlineData("Carmen Ruiz | EFE", "Carmen Ruiz")]
    public void TheWritersName_IsRead_AndNothingAfterIt(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // Guards: initials and abbreviations keep their full stop inside a name; writers listed by comma stay.
    [Theory]
    [InlineData("By Jane R. Roe", "Jane R. Roe")]
    [InlineData("By Prof. Jane Roe", "Prof. Jane Roe")]
    [InlineData("Von Prof. Jan Berg", "Prof. Jan Berg")]
    [InlineData("Por Dra. Ana Gil", "Dra. Ana Gil")]
    [InlineData("By Tom Poe Snr. and Jane Roe", "Tom Poe Snr; Jane Roe")]
    [InlineData("Par Belgacem Haddad", "Belgacem Haddad")]
    [InlineData("di Ansaldo Rossi", "Ansaldo Rossi")]
    [InlineData("By Jane Roe Jr. and Tom Poe", "Jane Roe Jr; Tom Poe")]
    [InlineData("Par Claire Dubois, Paul Martin", "Claire Dubois; Paul Martin")]
    [InlineData("Von Anna Keller und Jonas Weber", "Anna Keller; Jonas Weber")]
    public void InitialsAndListsOfWriters_AreReadWhole(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // A bar before a word that is no agency keeps the old reading: no credit.
    [Theory]
    [InlineData("Ana Beltrán | Sevilla | EFE")]
    [InlineData("Ana Beltrán | El Diario")]
    public void ABarBeforeWhatIsNoAgency_IsNoCredit(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));
}
