namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "…," the EPA's Andrew Falk said: the article before an owner in the possessive is the owner's; the
/// person named after the owner speaks, as in "Acme's Andrew Falk said".
/// </summary>
public sealed class OwnersArticleTests
{
    [Fact]
    public void TheOwnersArticle_BeforeAPossessiveAndAName_GivesThePerson()
        => Assert.Equal(
            new string?[] { "Andrew Falk" },
            QuoteSpeakers.Under(
                "Chargers to carry efficiency label",
                "The agency is working with makers of phone chargers. \"More firms want a label that shows their chargers waste less,\" the EPA's Andrew Falk said."));

    [Fact]
    public void TheOwnersArticle_BeforeAPossessiveOfSeveralWords_GivesThePerson()
        => Assert.Equal(
            new string?[] { "Ruth Ellery" },
            QuoteSpeakers.Under(
                "Ferry fares to rise",
                "Fares on the island route will rise in April. \"We held them for three years,\" the Harbour Ferry Company's Ruth Ellery said."));

    [Fact]
    public void TheOwnersArticle_BeforeAPossessiveAndANoun_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Chargers to carry efficiency label",
                "The agency is working with makers of phone chargers. \"More firms want a label that shows their chargers waste less,\" the EPA's Energy Star team wrote in a notice."));
}
