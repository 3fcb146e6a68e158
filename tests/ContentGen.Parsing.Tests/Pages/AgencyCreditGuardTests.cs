using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Review s23, finding 3: an agency the lexicons name before a slash, then two capitalised words, is as often a place or a
/// photo library ("Reuters / Hong Kong", "dpa / Picture Alliance") as a writer; such lines name no author.
/// </summary>
public sealed class AgencyCreditGuardTests
{
    [Theory]
    [InlineData("Reuters / Hong Kong")]
    [InlineData("Reuters / Getty Images")]
    [InlineData("Bloomberg / Morning Consult")]
    [InlineData("dpa / Picture Alliance")]
    [InlineData("dpa / Bad Homburg")]
    [InlineData("Lusa / Vila Real")]
    [InlineData("Reuters / AFP")]
    public void AListedAgency_OverAPlaceOrALibrary_NamesNoOne(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));
}
