using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// What the cast records from the sentences it reads, asked of the cast alone: acronyms; a name
/// after an organisation's noun, a body named by its description, a one-word name whose report
/// goes on with "it", a run ending in an organisation's noun; and how far back "it" and "the
/// company" reach.
/// </summary>
public sealed class CastRecordingTests
{
    private static Cast Read(params string[] sentences)
    {
        var cast = new Cast(OneSentence.Cues, name => name == "Smith");
        foreach (var sentence in sentences)
        {
            cast.Read(OneSentence.Tokens(sentence), paragraph: 0);
        }

        return cast;
    }

    [Theory]
    [InlineData("BBC", true)]
    [InlineData("UN", true)]
    [InlineData("B", false)]
    [InlineData("Bbc", false)]
    public void OneWordOfCapitals_IsAnOrganisation_FromTwoLetters(string name, bool organisation)
        => Assert.Equal(organisation, Read().IsOrganisation(name));

    [Theory]
    [InlineData("The union Unite said it would strike.", "Unite", true)]
    [InlineData("La empresa tecnológica Nubia Software ha dicho que sí.", "Nubia Software", true)]
    [InlineData("The union for Harbour Workers said it would strike.", "Harbour Workers", false)]
    [InlineData("The company said Tom Fox would stay.", "Tom Fox", false)]
    [InlineData("The company said Mr Hollis would stay.", "Mr Hollis", false)]
    public void ANameRightAfterAnOrganisationsNoun_OrAfterOneDescribingWord_IsAnOrganisation(string sentence, string name, bool organisation)
        => Assert.Equal(organisation, Read(sentence).IsOrganisation(name));

    [Fact]
    public void AnOrganisationsNounEndingTheSentence_RecordsNothing()
        => Assert.Null(Read("They all joined the union").Resolve("union", paragraph: 0, reach: 2));

    [Theory]
    [InlineData("The environment select committee said it would.", "environment select committee", true)]
    [InlineData("They appeared before the environment select committee", "environment select committee", true)]
    [InlineData("The work and pensions select committee said so.", "work and pensions select committee", true)]
    [InlineData("The big new work and pensions committee said so.", "big new work and pensions committee", true)]
    [InlineData("The very big new work and pensions committee said so.", "very big new work and pensions committee", false)]
    [InlineData("The minister's select committee said so.", "minister's select committee", false)]
    [InlineData("The big company said so.", "big company", false)]
    public void ABodyNamedByItsDescription_AfterAnArticle_IsAnOrganisation(string sentence, string name, bool organisation)
        => Assert.Equal(organisation, Read(sentence).IsOrganisation(name));

    [Theory]
    [InlineData("Monsanto said it accepted the ruling.", "Monsanto", true)]
    [InlineData("Monsanto said that it accepted the ruling.", "Monsanto", true)]
    [InlineData("Smith said it was over.", "Smith", false)]
    [InlineData("Director Kitamura said it may.", "Kitamura", false)]
    [InlineData("Then Monsanto Chemicals said it accepted.", "Monsanto Chemicals", false)]
    [InlineData("Monsanto said", "Monsanto", false)]
    [InlineData("Monsanto said he accepted the ruling.", "Monsanto", false)]
    public void AOneWordNameWhoseReportGoesOnWithIt_IsAnOrganisation(string sentence, string name, bool organisation)
        => Assert.Equal(organisation, Read(sentence).IsOrganisation(name));

    [Fact]
    public void ItInTheSameSentence_MeansTheNameWhoseReportItContinues()
        => Assert.Equal("Monsanto", Read("Monsanto said it accepted the ruling.").Resolve("", paragraph: 0, reach: 1));

    [Theory]
    [InlineData("Marlow Vale District Council said so.", "Marlow Vale District Council")]
    [InlineData("Marlow Vale District Council's planning committee said so.", "Marlow Vale District Council")]
    public void ARunEndingInAnOrganisationsNoun_IsAnOrganisation(string sentence, string name)
        => Assert.True(Read(sentence).IsOrganisation(name));

    [Fact]
    public void AnOrganisation_IsWhomItMeans_WithinTheReachInParagraphs()
    {
        var cast = Read();
        cast.Organisation("Acme", paragraph: 0);
        cast.Read(new List<Token>(), paragraph: 2);

        Assert.Equal("Acme", cast.Resolve("", paragraph: 2, reach: 2));
        Assert.Null(cast.Resolve("", paragraph: 3, reach: 2));
    }

    [Fact]
    public void ANoun_MeansAnOrganisationNamedInItsOwnSentence_ItDoesNot()
    {
        var cast = Read();
        cast.Organisation("Acme", paragraph: 0);

        Assert.Equal("Acme", cast.Resolve("company", paragraph: 0, reach: 1));
        Assert.Null(cast.Resolve("", paragraph: 0, reach: 1));
    }
}
