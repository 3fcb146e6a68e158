using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The edges of a byline: how several authors are joined, which marks end the names even when
/// glued to them, a colon after the opening word, and how long one name may be.
/// </summary>
public sealed class BylineEdgeTests
{
    [Theory]
    [InlineData("By Jane Doe, John Smith", "Jane Doe; John Smith")]
    [InlineData("By Jane Doe,John Smith", "Jane Doe; John Smith")]
    [InlineData("By Jane Doe; John Smith", "Jane Doe; John Smith")]
    [InlineData("By Jane Doe;John Smith", "Jane Doe; John Smith")]
    [InlineData("By Jane Doe & John Smith", "Jane Doe; John Smith")]
    [InlineData("By Jane Doe &John Smith", "Jane Doe; John Smith")]
    [InlineData("Par Claire Dubois et Paul Martin", "Claire Dubois; Paul Martin")]
    public void SeveralAuthors_AreEachNamed(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // What follows a bar, a bullet, a dash, a bracket, a slash or a colon is the outlet, the date or
    // the desk, written with spaces or without.
    [Theory]
    [InlineData("By Jane Doe | The Post")]
    [InlineData("By Jane Doe|The Post")]
    [InlineData("By Jane Doe • 12 March 2024")]
    [InlineData("By Jane Doe•12 March 2024")]
    [InlineData("By Jane Doe - Harbour Desk")]
    [InlineData("By Jane Doe -Harbour Desk")]
    [InlineData("By Jane Doe – Harbour Desk")]
    [InlineData("By Jane Doe –Harbour Desk")]
    [InlineData("By Jane Doe — Harbour Desk")]
    [InlineData("By Jane Doe —Harbour Desk")]
    [InlineData("By Jane Doe (Harbour Desk)")]
    [InlineData("By Jane Doe(Harbour Desk)")]
    [InlineData("By Jane Doe / Harbour Desk")]
    [InlineData("By Jane Doe/Harbour Desk")]
    [InlineData("By Jane Doe: Harbour Desk")]
    [InlineData("By Jane Doe:Harbour Desk")]
    public void AMarkAfterTheName_EndsIt(string line) => Assert.Equal("Jane Doe", AuthorReader.Read(line.AsSpan()));

    // A colon right after the opening word belongs to the byline's form, not to the names.
    [Theory]
    [InlineData("By: Jane Doe", "Jane Doe")]
    [InlineData("Par: Claire Dubois", "Claire Dubois")]
    [InlineData("Par : Claire Dubois", "Claire Dubois")]
    [InlineData("Von: Jonas Weber", "Jonas Weber")]
    [InlineData("Por: Lucía Fernández", "Lucía Fernández")]
    [InlineData("Di: Marco Rinaldi", "Marco Rinaldi")]
    [InlineData("Door: Sanne de Vries", "Sanne de Vries")]
    public void AColonAfterTheOpeningWord_IsPassedOver(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // Five capitalised words still make one name; a sixth is a phrase, not a person.
    [Fact]
    public void FiveWords_AreOneName_ButSixAreNone()
    {
        Assert.Equal("Juan Carlos María José Luis", AuthorReader.Read("Por Juan Carlos María José Luis".AsSpan()));
        Assert.Null(AuthorReader.Read("Por Juan Carlos María José Luis Pérez".AsSpan()));
    }
}
