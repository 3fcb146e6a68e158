using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A line judged alone as the page's lines are grouped hands its block what it found (<see cref="LineReadings"/>): that
/// it is no chrome, and the chrome phrases of the whole line, which must be what the block's own search finds.
/// </summary>
public sealed class LineReadingTests
{
    [Theory]
    [InlineData("Residents can sign up for a card at the library")]
    [InlineData("Les habitants peuvent s'inscrire à la newsletter de la mairie")]
    [InlineData("Die Anwohner können sich jetzt anmelden, sagte die Bürgermeisterin")]
    [InlineData("Los vecinos pueden suscribirse al boletín del ayuntamiento")]
    [InlineData("Le conseil municipal a voté mardi")]
    public void LineSearchedWhole_GivesTheBlocksPhrases(string line)
    {
        var kind = BoilerplateLines.ClassifyLine(line.AsSpan(), out var phrases);

        Assert.Equal(BoilerplateLines.ClassifyLine(line.AsSpan()), kind);
        Assert.Null(kind);
        Assert.Equal(BoilerplateLines.PhrasesIn(line), phrases);
    }

    [Theory]
    [InlineData("Read more >")]
    [InlineData("Lire la suite…")]
    public void LineTrimmedBeforeItsSearch_GivesNoPhrases(string line)
    {
        BoilerplateLines.ClassifyLine(line.AsSpan(), out var phrases);

        Assert.Equal(-1, phrases);
    }

    [Fact]
    public void LongLine_IsNotSearched_AndGivesNoPhrases()
    {
        var line = "The regional council voted on Tuesday to extend the night bus service to the outer villages, and residents can sign up";

        Assert.Null(BoilerplateLines.ClassifyLine(line.AsSpan(), out var phrases));
        Assert.Equal(-1, phrases);
    }

    [Fact]
    public void Readings_AreRead_AsNoted_AndOverwritten()
    {
        var readings = new LineReadings();
        readings.Note(3, noChrome: true, phrases: 6);
        readings.Note(4, noChrome: true, phrases: -1);
        readings.Note(1000, noChrome: true, phrases: 0);

        Assert.True(readings.IsNoChrome(3, out var three));
        Assert.Equal(6, three);
        Assert.True(readings.IsNoChrome(4, out var four));
        Assert.Equal(-1, four);
        Assert.True(readings.IsNoChrome(1000, out var far));
        Assert.Equal(0, far);
        Assert.False(readings.IsNoChrome(5000, out _));

        readings.Note(3, noChrome: false, phrases: -1);
        Assert.False(readings.IsNoChrome(3, out _));
    }
}
