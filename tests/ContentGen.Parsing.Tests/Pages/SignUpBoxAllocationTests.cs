using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Looking for sign-up boxes reads every line of every document, before the body reader makes
/// its own string of each line: the search reads the lines in place and copies none of them, and
/// a page without a box (nearly every one) costs nothing at all.
/// </summary>
public sealed class SignUpBoxAllocationTests
{
    [Fact]
    public void Find_OverLongLines_CopiesNoLine()
    {
        const int Lines = 2_000;
        var line = "  " + string.Join(" ", Enumerable.Repeat("paragraph", 30)) + ".  ";
        var document = string.Join("\n", Enumerable.Repeat(line, Lines));
        var lines = SourceLine.Split(document);
        _ = SignUpBoxes.Find(lines, document);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = SignUpBoxes.Find(lines, document);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A copy of one of these lines is about 600 bytes; a page with no box makes no set either.
        Assert.Null(found);
        Assert.Equal(0, allocated);
    }
}
