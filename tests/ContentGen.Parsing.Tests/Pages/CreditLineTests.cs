using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An agency's credit line ("Kevin Morvan / AFP", "AA / Paris / Ümit Kaya") and the byline's
/// bounds, each asked on its own: how long a credit or byline may be, how long the name in it,
/// what an agency looks like, and the marks that end a name even when glued to it.
/// </summary>
public sealed class CreditLineTests
{
    // A name of two to five words, a slash, an agency of at least two capitals.
    [Theory]
    [InlineData("Jane Doe / AP", "Jane Doe")]
    [InlineData("Jane Doe/AFP", "Jane Doe")]
    [InlineData("Juan Carlos María José Luis / EFE", "Juan Carlos María José Luis")]
    [InlineData("Marie Claire Anne Dupont / AFP via Getty Images", "Marie Claire Anne Dupont")]
    public void NameThenAgency_GivesTheName(string line, string expected)
    {
        Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));
        Assert.True(AuthorReader.IsCredit(line.AsSpan()));
    }

    [Theory]
    [InlineData("Jane Doe / A")] // one capital is no agency
    [InlineData("Jane Doe / Harbour")] // nor a word in lower case that names no agency (the lexicons' "Reuters" does)
    [InlineData("Morvan / AFP")] // one word is no name
    [InlineData("Jane Doe of the harbour desk / AFP")] // six words are more than a name
    [InlineData("Marie Claire Anne Dupont / AFP via Getty Images Europe")] // nine words are more than a credit
    [InlineData("[Jane Doe / AFP]")] // a caption's credit in brackets
    [InlineData("/ AFP")]
    public void NoCredit(string line)
    {
        Assert.Null(AuthorReader.Read(line.AsSpan()));
        Assert.False(AuthorReader.IsCredit(line.AsSpan()));
    }

    // The other way round: the agency in capitals leads, the name follows the last slash.
    [Theory]
    [InlineData("AP / Paris / Jane Doe", "Jane Doe")]
    [InlineData("AA / Paris/Fatih Karakaya", "Fatih Karakaya")]
    [InlineData("AA / Paris / Juan Carlos María José Luis", "Juan Carlos María José Luis")]
    public void AgencyFirst_GivesTheNameAfterTheLastSlash(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Paris / AFP / Kevin Morvan")] // a city in front is no agency, and one word no name
    [InlineData("AA / Kaya")] // one word after the agency is no name
    [InlineData("AA / Jane Doe of the harbour desk")] // six words are more than a name
    public void AgencyFirst_WithoutANameAfterIt_GivesNone(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    // A byline is at most sixteen words, its opening word included.
    [Fact]
    public void ABylineOfSixteenWords_IsRead_ButNotOfSeventeen()
    {
        const string sixteen = "By Jane Doe | the harbour desk covers the city council and its plans for next year";
        Assert.Equal(16, sixteen.Split(' ').Count(w => w != "|"));

        Assert.Equal("Jane Doe", AuthorReader.Read(sixteen.AsSpan()));
        Assert.Null(AuthorReader.Read((sixteen + " again").AsSpan()));
    }

    // A bullet or dash glued to the name's last word ends it as one with spaces around it does.
    [Theory]
    [InlineData("By Jane Doe• Harbour Desk")]
    [InlineData("By Jane Doe- Harbour Desk")]
    [InlineData("By Jane Doe– Harbour Desk")]
    [InlineData("By Jane Doe— Harbour Desk")]
    [InlineData("By Jane Doe| Harbour Desk")]
    [InlineData("By Jane Doe/ Harbour Desk")]
    [InlineData("By Jane Doe( Harbour Desk)")]
    public void AMarkGluedToTheNamesEnd_EndsIt(string line) => Assert.Equal("Jane Doe", AuthorReader.Read(line.AsSpan()));
}
