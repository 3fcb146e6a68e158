using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A name that opens a line with its dateline after it ("Ümit Kaya | 06.12.2022"), asked
/// alone: the name is two to five words, and a bar, a bullet, a comma, a dash or a digit must
/// follow it, glued to its last word or not; a co-author's word may follow five name words; a
/// name standing alone on its line is two to five words.
/// </summary>
public sealed class NameBesideDateTests
{
    [Theory]
    [InlineData("Jane Doe|mis à jour le 12 mars 2024")]
    [InlineData("Jane Doe•mis à jour le 12 mars 2024")]
    [InlineData("Jane Doe,mis à jour le 12 mars 2024")]
    [InlineData("Jane Doe- mis à jour le 12 mars 2024")]
    [InlineData("Jane Doe– mis à jour le 12 mars 2024")]
    [InlineData("Jane Doe 12 mars 2024")]
    public void AMarkOrADigitAfterTheName_MakesItADateline(string line) => Assert.Equal("Jane Doe", AuthorReader.ReadLeadingName(line.AsSpan()));

    [Theory]
    [InlineData("Jane Doe mis à jour le 12 mars 2024")]
    [InlineData("Doe | 12 mars 2024")]
    [InlineData("Juan Carlos María José Luis Pérez | 12 de marzo de 2024")]
    public void WithoutAMarkAfterIt_OrOutsideTwoToFiveWords_ThereIsNoName(string line) => Assert.Null(AuthorReader.ReadLeadingName(line.AsSpan()));

    [Fact]
    public void FiveWords_AreStillAName()
        => Assert.Equal("Juan Carlos María José Luis", AuthorReader.ReadLeadingName("Juan Carlos María José Luis | 12 de marzo de 2024".AsSpan()));

    [Theory]
    [InlineData("Juan Carlos María José Luis avec Paul Martin | 12/03/2024", "Juan Carlos María José Luis; Paul Martin")]
    [InlineData("Sanne de Vries met Paul Martin | 12/03/2024", "Sanne de Vries; Paul Martin")]
    public void ACoAuthor_AfterANameOfUpToFiveWordsWithItsParticles(string line, string expected)
        => Assert.Equal(expected, AuthorReader.ReadLeadingName(line.AsSpan()));

    [Theory]
    [InlineData("Juan Carlos María José Luis", "Juan Carlos María José Luis")]
    [InlineData("Juan Carlos María José Luis Pérez", null)]
    [InlineData("Julien Martin.", null)]
    [InlineData("Accueil > Société", null)]
    [InlineData("Home › News", null)]
    [InlineData("Inicio » Noticias", null)]
    public void ABareName_IsTwoToFiveWordsAndNothingElse(string line, string? expected)
        => Assert.Equal(expected, AuthorReader.ReadBareName(line.AsSpan()));
}
