using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Yaml;

/// <summary>
/// The YAML read into entries, with every problem exactly as reported: its kind, key, detail, place
/// and length. A bad value costs its own key only; the keys after it are still read. A list or a
/// map is reported where it starts, with no length: YamlDotNet marks its start event only.
/// </summary>
public sealed class FrontMatterReaderTests
{
    private const string Body = "Harbour reopens to ferries this spring\n\nThe ferries return in April.\n";

    private static FrontMatter Read(string yaml) => ArticleReader.Read("seeds/news.txt", "---\n" + yaml + "---\n" + Body).FrontMatter;

    // A position in the YAML, which starts on the seed's second line, at offset 4.
    private static TextPosition At(int line, int column, int offsetInYaml) => new(4 + offsetInYaml, line + 1, column);

    [Fact]
    public void EmptyFrontMatter_HasNoEntryAndNoProblem()
    {
        Assert.Equal(FrontMatter.None, Read(""));
        Assert.Equal(FrontMatter.None, Read("# only a comment\n"));
        Assert.Equal(FrontMatter.None, Read("--- # an explicit empty document\n"));
    }

    [Fact]
    public void ListOrMapInsideAList_IsOneProblemAtTheFirst_AndTheNextKeyIsStillRead()
    {
        var frontMatter = Read("x: [[1], [[2, {a: 3}]], 4]\ny: 2\n");

        var problem = new FrontMatterProblem(FrontMatterProblemKind.Unsupported, "x", "a list may hold only plain values, not lists or maps", At(1, 5, 4), 0);
        Assert.Equal([problem], frontMatter.Problems);
        var entry = Assert.Single(frontMatter.Entries);
        Assert.Equal(new FrontMatterEntry("y", new FrontMatterValue(FrontMatterKind.Int, "2"), At(2, 1, 27), 1) { ValuePosition = At(2, 4, 30), ValueLength = 1 }, entry);
    }

    [Fact]
    public void KeyThatIsAMap_IsAProblem_AndTheNextKeyIsStillRead()
    {
        var frontMatter = Read("? {a: [1, {b: 2}]}\n: 1\ncategory: news\n");

        var problem = Assert.Single(frontMatter.Problems);
        Assert.Equal(new FrontMatterProblem(FrontMatterProblemKind.Unsupported, "(a key)", "a key must be plain text, not a list or a map", At(1, 3, 2), 0), problem);
        Assert.Equal(new FrontMatterEntry("category", new FrontMatterValue(FrontMatterKind.String, "news"), At(3, 1, 23), 8) { ValuePosition = At(3, 11, 33), ValueLength = 4 }, Assert.Single(frontMatter.Entries));
    }

    [Fact]
    public void DuplicateKey_IsAProblemOnTheSecondKey_AndTheFirstValueStays()
    {
        var frontMatter = Read("category: news\ncategory: {a: [1, 2]}\nrank: 1\n");

        var problem = Assert.Single(frontMatter.Problems);
        Assert.Equal(new FrontMatterProblem(FrontMatterProblemKind.DuplicateKey, "category", "", At(2, 1, 15), 8), problem);
        Assert.Equal(["category", "rank"], frontMatter.Entries.Select(e => e.Key));
        Assert.Equal("news", frontMatter.Entries[0].Value.Text);
    }

    [Fact]
    public void Alias_IsAProblem()
    {
        var frontMatter = Read("a: &v 1\nx: *v\n");

        Assert.Equal(
            new FrontMatterProblem(FrontMatterProblemKind.Unsupported, "x", "aliases (*name) are not supported; write the value out", At(2, 4, 11), 2),
            Assert.Single(frontMatter.Problems));
        Assert.Equal(["a"], frontMatter.Entries.Select(e => e.Key));
    }

    [Fact]
    public void RootThatIsNotAMap_IsMalformed()
    {
        var problem = Assert.Single(Read("- a\n- b\n").Problems);

        Assert.Equal(new FrontMatterProblem(FrontMatterProblemKind.Malformed, "the front matter must be a map of keys, such as 'title: …'", "", At(1, 1, 0), 0), problem);
    }

    [Fact]
    public void SyntaxError_IsMalformed_WithYamlDotNetsMessageWithoutItsMarks()
    {
        var frontMatter = Read("a: 1\nx: [1, 2\n");

        var problem = Assert.Single(frontMatter.Problems);
        Assert.Equal(FrontMatterProblemKind.Malformed, problem.Kind);
        Assert.Equal("While parsing a flow sequence, did not find expected ',' or ']'", problem.Key);
        Assert.Equal("", problem.Detail);
        Assert.Equal(["a"], frontMatter.Entries.Select(e => e.Key));
    }

    [Fact]
    public void FlowListLeftOpenBeforeTheNextKey_IsMalformed_AtItsBracket()
    {
        // YamlDotNet's scanner stops here with an internal error, not a YamlException: its message
        // ("Operation is not valid due to the current state of the object") would tell a user nothing.
        var frontMatter = Read("a: 1\ntags: [a\nx: 3\n");

        var problem = Assert.Single(frontMatter.Problems);
        Assert.Equal(FrontMatterProblemKind.Malformed, problem.Kind);
        Assert.Equal("the '[' or '{' here is never closed", problem.Key);
        Assert.Equal(At(2, 7, 11), problem.Position);
        Assert.Equal(["a"], frontMatter.Entries.Select(e => e.Key));
    }

    [Fact]
    public void ValueCutByTheError_IsNotKept_ButTheKeysBeforeItAre()
    {
        // The quote in "It's" ends the quoted value: YAML reads 'It' and fails on the rest of the line.
        // Keeping "It" as the title would put a plausible wrong title in the build.
        var frontMatter = Read("desk: harbour\nheadline: 'It's here'\n");

        Assert.Equal(FrontMatterProblemKind.Malformed, Assert.Single(frontMatter.Problems).Kind);
        Assert.Equal(["desk"], frontMatter.Entries.Select(e => e.Key));
    }

    [Fact]
    public void DoubleQuotedValueCutByTheError_IsNotKept()
    {
        var frontMatter = Read("headline: \"The \"new\" ferry\"\ndesk: harbour\n");

        Assert.Equal(FrontMatterProblemKind.Malformed, Assert.Single(frontMatter.Problems).Kind);
        Assert.Empty(frontMatter.Entries);
    }

    [Fact]
    public void QuotedValue_BeforeAnErrorOnALaterLine_IsKept()
    {
        var frontMatter = Read("headline: 'Harbour reopens'\nx: [1, 2\n");

        Assert.Equal(FrontMatterProblemKind.Malformed, Assert.Single(frontMatter.Problems).Kind);
        Assert.Equal(["headline"], frontMatter.Entries.Select(e => e.Key));
    }

    [Fact]
    public void TabIndentation_IsReportedAtTheTab()
    {
        // YamlDotNet marks the map the tab breaks, two lines up; the fix is on the tab's line.
        var frontMatter = Read("desk: harbour\nlocation:\n\ttown: Port Ellis\n");

        var problem = Assert.Single(frontMatter.Problems);
        Assert.Equal(FrontMatterProblemKind.Malformed, problem.Kind);
        Assert.Equal(At(3, 1, 24), problem.Position);
    }

    [Fact]
    public void TabInsideAValue_IsNoIndentation()
    {
        var frontMatter = Read("desk: harbour\tnews\n");

        Assert.Empty(frontMatter.Problems);
    }

    [Fact]
    public void ValueWholeBeforeAnErrorOnItsLine_IsKept()
    {
        // The map closed before the stray bracket: its value was read whole.
        var frontMatter = Read("x: {a: 1} ]\n");

        Assert.Equal(FrontMatterProblemKind.Malformed, Assert.Single(frontMatter.Problems).Kind);
        Assert.Equal(["x"], frontMatter.Entries.Select(e => e.Key));
    }

    [Fact]
    public void SyntaxErrorAfterTheRootMap_IsStillReported()
    {
        var frontMatter = Read("{x: 1} ]\n");

        Assert.Equal(FrontMatterProblemKind.Malformed, Assert.Single(frontMatter.Problems).Kind);
        Assert.Equal(["x"], frontMatter.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Maps_NestSixteenLevelsDeep_NotSeventeen()
    {
        static string Nested(int levels) => string.Concat(Enumerable.Repeat("{a: ", levels)) + "1" + new string('}', levels);

        var sixteen = Read("x: " + Nested(15) + "\ny: 2\n");
        Assert.Empty(sixteen.Problems);
        var value = sixteen.Entries[0].Value;
        for (var level = 0; level < 15; level++)
        {
            Assert.Equal((FrontMatterKind.Map, ""), (value.Kind, value.Text));
            value = Assert.Single(value.Entries).Value;
        }

        Assert.Equal(new FrontMatterValue(FrontMatterKind.Int, "1"), value);

        var seventeen = Read("x: " + Nested(16) + "\ny: 2\n");
        Assert.Equal(
            new FrontMatterProblem(FrontMatterProblemKind.Unsupported, "a", "maps nest deeper than 16 levels", At(1, 64, 63), 0),
            Assert.Single(seventeen.Problems));
        Assert.Equal(["x", "y"], seventeen.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Lists_AndTags_AreListValuesWithNoTextOfTheirOwn()
    {
        var frontMatter = Read("x: [1, 2.5]\ntags: [a, 1]\n");

        Assert.Equal(
            new FrontMatterValue(FrontMatterKind.List, "", EquatableArray.From([new FrontMatterValue(FrontMatterKind.Double, "1"), new FrontMatterValue(FrontMatterKind.Double, "2.5")]), ItemKind: FrontMatterKind.Double),
            frontMatter.Entries[0].Value);
        Assert.Equal(
            new FrontMatterValue(FrontMatterKind.List, "", EquatableArray.From([new FrontMatterValue(FrontMatterKind.String, "a"), new FrontMatterValue(FrontMatterKind.String, "1")])),
            frontMatter.Entries[1].Value);
        Assert.Equal(
            new FrontMatterValue(FrontMatterKind.List, "", EquatableArray.From([new FrontMatterValue(FrontMatterKind.String, "a")])),
            Read("tags: a\n").Entries[0].Value);
    }

    [Fact]
    public void TagsThatAreAMap_AreAProblem()
    {
        var frontMatter = Read("tags: {a: 1}\n");

        Assert.Equal(
            new FrontMatterProblem(FrontMatterProblemKind.Unsupported, "tags", "tags must be a list of text, not a map", At(1, 1, 0), 4),
            Assert.Single(frontMatter.Problems));
        Assert.Empty(frontMatter.Entries);
    }
}
