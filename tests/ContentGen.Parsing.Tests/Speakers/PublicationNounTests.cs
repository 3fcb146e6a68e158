using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The cast: a publication named before its noun ("Harbour Monthly magazine", "Harbour Post newspaper")
/// is what a later "the magazine" or "the paper" means; a nationality before the noun names none.
/// </summary>
public sealed class PublicationNounTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Singer tops list of richest stars", paragraphs);

    [Fact]
    public void TheMagazine_IsThePublicationNamedBeforeTheNoun()
        => Assert.Equal(
            new[] { "Harbour Monthly" },
            Speakers("Harbour Monthly magazine has published its list of the town's richest families. \"Old money still owns most of the quay,\" the magazine reported."));

    [Fact]
    public void ThePaper_IsTheOneNamedAsANewspaper()
        => Assert.Equal(
            new[] { "Harbour Post" },
            Speakers("Harbour Post newspaper claimed the singer had left the band. \"She has gone for good,\" the paper said."));

    [Fact]
    public void ANationalityBeforeTheNoun_NamesNoPublication()
        => Assert.Equal(
            new string?[] { null },
            Speakers("A Spanish newspaper claimed the singer had left the band. \"She has gone for good,\" the paper said."));
}
