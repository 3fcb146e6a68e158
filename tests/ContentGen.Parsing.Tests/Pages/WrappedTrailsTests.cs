using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A trail wrapped inside its last crumb: only the separators and the second line's first letter are asked, so a line going
/// on in lower case is the crumb's end, and a line opening in capitals, a German noun included, is read as a line of its own.
/// </summary>
public sealed class WrappedTrailsTests
{
    private static TextBlock Block(string first, string second)
    {
        var text = first + "\n" + second;
        var segments = SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToArray();
        return new BlockPool().Take(segments, 0, segments.Length);
    }

    [Fact]
    public void ATrailWrappedBeforeAWordInLowerCase_IsWrappedInItsLastCrumb()
        => Assert.True(WrappedTrails.WrappedInLastCrumb(Block("Accueil › Vie locale › Saint-Méry › Le marché couvert", "rouvrira ses portes en mars")));

    // The limit the summary names: a German headline wrapped before its noun is not joined.
    [Fact]
    public void AGermanTrailWrappedBeforeItsNoun_IsNotJoined()
        => Assert.False(WrappedTrails.WrappedInLastCrumb(Block("Startseite › Lokales › Der neue", "Wasserturm öffnet im März")));

    // A second line with a separator of its own is a trail of its own.
    [Fact]
    public void ASecondLineWithASeparator_IsNotTheCrumbsEnd()
        => Assert.False(WrappedTrails.WrappedInLastCrumb(Block("Accueil › Vie locale › Saint-Méry › Le marché", "couvert › rouvrira en mars")));
}
