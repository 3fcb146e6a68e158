using ContentGen.Naming;
using ContentGen.Parsing;
using ContentGen.Parsing.Seeds;

namespace ContentGen.Tests.Naming;

/// <summary>
/// <see cref="FrontMatterNames"/>: a key's member name, "Key" for one with no letter or digit,
/// "Value" after a top-level key that would take a generated member's name (inside a map any
/// name is free), and the next free number for keys that ask for the same name.
/// </summary>
public sealed class FrontMatterNamesTests
{
    private static IReadOnlyList<NamedEntry> Names(string yaml)
    {
        var frontMatter = ArticleReader.Read("seeds/harbour.txt", "---\n" + yaml + "\n---\nHarbour plan approved\n\nThe council approved the plan.").FrontMatter;
        Assert.Empty(frontMatter.Problems);
        return FrontMatterNames.Resolve(frontMatter, "HarbourPlan");
    }

    [Theory]
    [InlineData("cafe\u0301 noir", "Cafe\u0301Noir")]
    [InlineData("page-count", "PageCount")]
    [InlineData("2024 budget", "_2024Budget")]
    [InlineData("---", "")]
    public void Requested_JoinsTheKeysWords_KeepingCombiningMarks(string key, string expected)
        => Assert.Equal(expected, FrontMatterNames.Requested(key));

    [Fact]
    public void AKeyWithNoLetterOrDigit_IsNamedKey()
        => Assert.Equal(new[] { "Key", "Key2" }, Names("\"!!!\": 1\n\"???\": 2").Select(n => n.Name).ToArray());

    [Fact]
    public void KeysAskingForOneName_AreNumberedFromTwo()
        => Assert.Equal(new[] { "PageCount", "PageCount2", "PageCount3" }, Names("page-count: 1\npage_count: 2\npage count: 3").Select(n => n.Name).ToArray());

    [Theory]
    // Title is the first of the article's members; Quote1 a numbered one.
    [InlineData("Title", "TitleValue")]
    [InlineData("Speakers", "SpeakersValue")]
    [InlineData("quote1", "Quote1Value")]
    [InlineData("HarbourPlan", "HarbourPlan2")]
    public void ATopLevelKey_NeverTakesAGeneratedMembersName(string key, string expected)
        => Assert.Equal(expected, Names(key + ": 1").Single().Name);

    [Fact]
    public void InsideAMap_AGeneratedMembersName_IsFree_ButNotTheMapsOwn()
    {
        var map = Names("details:\n  Title: 1\n  tags: 2\n  Details: 3").Single();
        Assert.Equal("Details", map.Name);
        Assert.Equal(new[] { "Title", "Tags", "Details2" }, map.Children.Select(n => n.Name).ToArray());
    }

    [Fact]
    public void AScalarOrAList_HasNoChildren()
        => Assert.All(Names("count: 1\nnames: [a, b]"), n => Assert.Empty(n.Children));
}
