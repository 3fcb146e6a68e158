using System.Globalization;
using ContentGen.Parsing;
using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Authoring;

/// <summary>Front matter read from the top of a seed: typed values, overrides, and problems at their places.</summary>
public sealed class FrontMatterTests
{
    private const string Body = "Harbour reopens to ferries this spring\n\nThe ferries return in April.\n";

    [Theory]
    [InlineData("x: plain words", FrontMatterKind.String, "plain words")]
    [InlineData("x: '42'", FrontMatterKind.String, "42")]
    [InlineData("x: !!str 42", FrontMatterKind.String, "42")]
    [InlineData("x: 42", FrontMatterKind.Int, "42")]
    [InlineData("x: -2147483648", FrontMatterKind.Int, "-2147483648")]
    [InlineData("x: 2147483648", FrontMatterKind.Long, "2147483648")]
    [InlineData("x: 0x1F", FrontMatterKind.Int, "31")]
    [InlineData("x: 0o17", FrontMatterKind.Int, "15")]
    [InlineData("x: 4.50", FrontMatterKind.Double, "4.5")]
    [InlineData("x: 1e3", FrontMatterKind.Double, "1000")]
    [InlineData("x: -.inf", FrontMatterKind.Double, "-Infinity")]
    [InlineData("x: .nan", FrontMatterKind.Double, "NaN")]
    [InlineData("x: true", FrontMatterKind.Bool, "true")]
    [InlineData("x: FALSE", FrontMatterKind.Bool, "false")]
    [InlineData("x: yes", FrontMatterKind.String, "yes")]
    [InlineData("x: 2021-12-10", FrontMatterKind.Date, "2021-12-10")]
    [InlineData("x: 2001-12-14t21:59:43.10-05:00", FrontMatterKind.Date, "2001-12-14T21:59:43.10-05:00")]
    [InlineData("x: 2001-12-14 21:59:43.10 -5", FrontMatterKind.Date, "2001-12-14T21:59:43.10-05:00")]
    [InlineData("x: 2002-12-14 1:02:03Z", FrontMatterKind.Date, "2002-12-14T01:02:03Z")]
    public void Scalars_GetTheirCSharpType(string yaml, FrontMatterKind kind, string text)
    {
        var entry = Assert.Single(Read("---\n" + yaml + "\n---\n" + Body).FrontMatter.Entries);

        Assert.Equal(kind, entry.Value.Kind);
        Assert.Equal(text, entry.Value.Text);
    }

    [Fact]
    public void Scalars_AreReadInTheInvariantCulture_WhateverTheCurrentOne()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var entries = Read("---\nrating: -4.5\ncount: -3\n---\n" + Body).FrontMatter.Entries;

            Assert.Equal("-4.5", entries[0].Value.Text);
            Assert.Equal("-3", entries[1].Value.Text);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("[1, 2, 3]", FrontMatterKind.Int)]
    [InlineData("[1, 5000000000]", FrontMatterKind.Long)]
    [InlineData("[1, 2.5]", FrontMatterKind.Double)]
    [InlineData("[1, two]", FrontMatterKind.String)]
    [InlineData("[2021-01-01, 2021-01-02]", FrontMatterKind.Date)]
    [InlineData("[]", FrontMatterKind.String)]
    public void Lists_TakeTheOneTypeAllTheirItemsFit(string yaml, FrontMatterKind itemKind)
    {
        var value = Assert.Single(Read("---\nx: " + yaml + "\n---\n" + Body).FrontMatter.Entries).Value;

        Assert.Equal(FrontMatterKind.List, value.Kind);
        Assert.Equal(itemKind, value.ItemKind);
        Assert.All(value.Items, item => Assert.Equal(itemKind, item.Kind));
    }

    [Fact]
    public void KnownKeys_OverrideTheReader_AndTheReplacedHeadlineIsKeptAside()
    {
        var article = Read("---\ntitle: Ferries are back\nsource: Harbour Post\nauthor: Ana Lima\npublished: 2021-12-10\nlanguage: en\ntype: Ferries\n---\n" + Body);

        Assert.Equal("Ferries are back", article.Title);
        Assert.Equal(new TextPosition(4, 2, 1), article.TitlePosition); // the title key
        Assert.Equal("Harbour Post", article.Source);
        Assert.Equal("Ana Lima", article.Author);
        Assert.Equal("2021-12-10", article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("Ferries", article.FrontMatter.TypeName);
        Assert.Empty(article.FrontMatter.Entries);
        var headline = Assert.Single(article.Boilerplate);
        Assert.Equal(("Harbour reopens to ferries this spring", BoilerplateKind.Headline), (headline.Text, headline.Kind));
        Assert.Equal(["The ferries return in April."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Tags_AreText_AndASingleValueIsOneTag()
    {
        Assert.Equal(["nato", "2021"], Read("---\ntags: [nato, 2021]\n---\n" + Body).FrontMatter.Tags);
        Assert.Equal(["nato"], Read("---\ntags: nato\n---\n" + Body).FrontMatter.Tags);
        Assert.Empty(Read("---\nother: 1\n---\n" + Body).FrontMatter.Tags);
    }

    [Fact]
    public void Positions_PointIntoTheSeed_WithCrLfLineEnds()
    {
        var article = Read("---\r\ncategory: news\r\ncategory: ports\r\n---\r\n" + Body.Replace("\n", "\r\n", StringComparison.Ordinal));

        var problem = Assert.Single(article.FrontMatter.Problems);
        Assert.Equal(FrontMatterProblemKind.DuplicateKey, problem.Kind);
        Assert.Equal(new TextPosition(21, 3, 1), problem.Position);
        Assert.Equal("Harbour reopens to ferries this spring", article.Title);
        Assert.Equal(new TextPosition(43, 5, 1), article.TitlePosition);
    }

    [Fact]
    public void UnclosedFrontMatter_EndsAtTheFirstBlankLine_AndItsKeysAreRead()
    {
        var article = Read("---\ncategory: news\n\n" + Body);

        var problem = Assert.Single(article.FrontMatter.Problems);
        Assert.Equal((FrontMatterProblemKind.Unclosed, TextPosition.Start), (problem.Kind, problem.Position));
        Assert.Equal("news", Assert.Single(article.FrontMatter.Entries).Value.Text);
        Assert.Equal("Harbour reopens to ferries this spring", article.Title);
    }

    [Theory]
    [InlineData("x: [1, 2\n", FrontMatterProblemKind.Malformed)]
    [InlineData("title: 'It's here'\n", FrontMatterProblemKind.Malformed)]
    [InlineData("- a\n- b\n", FrontMatterProblemKind.Malformed)]
    [InlineData("x: 99999999999999999999\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("x: 1e999\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("x: 2021-13-01\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("x: 2021-01-01 25:00:00\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("x:\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("x: [[1]]\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("a: &v 1\nx: *v\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("title: [a, b]\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("tags: {a: 1}\n", FrontMatterProblemKind.Unsupported)]
    [InlineData("x: 1\nx: 2\n", FrontMatterProblemKind.DuplicateKey)]
    public void BadFrontMatter_IsAProblem_AndTheBodyIsStillRead(string yaml, FrontMatterProblemKind kind)
    {
        var article = Read("---\n" + yaml + "---\n" + Body);

        Assert.Contains(article.FrontMatter.Problems, p => p.Kind == kind);
        Assert.Equal("Harbour reopens to ferries this spring", article.Title);
        Assert.Equal(["The ferries return in April."], article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("published", "2021-12-10", "2021-12-10")]
    [InlineData("published", "2021-12-10T18:05", "2021-12-10T18:05")]
    [InlineData("published", "2021-12-10 18:05:30 +1", "2021-12-10T18:05:30+01:00")]
    [InlineData("published", "'2021-12-10T18:05:30.25Z'", "2021-12-10T18:05:30.25Z")]
    [InlineData("language", "en", "en")]
    [InlineData("language", "FR", "fr")]
    [InlineData("language", "pl", "pl")]
    [InlineData("language", "en-GB", "en")]
    [InlineData("language", "pt_BR", "pt")]
    [InlineData("language", "sr-Latn-RS", "sr")]
    public void KnownKey_TakesAValueItsFieldHolds_PublishedAnIsoDate_LanguageALowerCaseCode(string key, string value, string expected)
    {
        var article = Read("---\n" + key + ": " + value + "\n---\n" + Body);

        Assert.Empty(article.FrontMatter.Problems);
        Assert.Equal(expected, key == "published" ? article.Published : article.Language);
    }

    [Theory]
    [InlineData("published: yesterday", "published", "an ISO 8601 date")]
    [InlineData("published: 12/10/2021", "published", "an ISO 8601 date")]
    [InlineData("published: '2021-02-30'", "published", "an ISO 8601 date")]
    [InlineData("published: '2021-12-10T24:00'", "published", "an ISO 8601 date")]
    [InlineData("published: 2021", "published", "an ISO 8601 date")]
    [InlineData("language: english", "language", "ISO 639-1")]
    [InlineData("language: en-", "language", "ISO 639-1")]
    [InlineData("language: eng-GB", "language", "ISO 639-1")]
    [InlineData("language: en-G B", "language", "ISO 639-1")]
    [InlineData("language: en-GB-toolongsubtag", "language", "ISO 639-1")]
    [InlineData("language: 12", "language", "ISO 639-1")]
    public void KnownKey_WithAValueItsFieldCannotHold_IsLeftOut_AtTheValue(string yaml, string key, string reason)
    {
        var article = Read("---\nsource: Harbour Post\n" + yaml + "\n---\n" + Body);

        var problem = Assert.Single(article.FrontMatter.Problems);
        Assert.Equal((FrontMatterProblemKind.Unsupported, key), (problem.Kind, problem.Key));
        Assert.Contains(reason, problem.Detail, StringComparison.Ordinal);
        Assert.Equal((3, key.Length + 3), (problem.Position.Line, problem.Position.Column)); // the value
        Assert.Equal("Harbour Post", article.Source);
        var unset = Read(Body);
        Assert.Equal((unset.Published, unset.Language), (article.Published, article.Language)); // the reader's own
    }

    [Fact]
    public void NoFrontMatter_ReadsAsBefore()
    {
        Assert.Equal(ArticleParser.Parse(Body), Read(Body));
        Assert.Equal(ArticleParser.Parse("--- not a fence\n" + Body), Read("--- not a fence\n" + Body));
    }

    [Fact]
    public void InvalidBytesInTheFrontMatter_AreReportedThere()
    {
        var article = Read("---\nx: caf\uFFFD\n---\n" + Body);

        var problem = Assert.Single(article.Problems);
        Assert.Equal((ProblemKind.InvalidText, new TextPosition(10, 2, 7)), (problem.Kind, problem.Position));
    }

    [Theory]
    [InlineData("---\nA rule the page printed over its text\n\nThe harbour reopens to ferries in April.\n")]
    [InlineData("---\nA rule the page printed over its text\n---\nThe harbour reopens to ferries in April.\n")]
    [InlineData("---\n\"A quoted line over the text\"\n\nThe harbour reopens to ferries in April.\n")]
    public void RuleOverALineOfText_IsNoFrontMatter_AndTheTextIsKept(string text)
    {
        var article = Read(text);
        var kept = new[] { article.Title }.Concat(article.Paragraphs.Select(p => p.Text)).Concat(article.Boilerplate.Select(b => b.Text)).ToList();

        Assert.Equal(FrontMatter.None, article.FrontMatter);
        Assert.Contains(kept, t => t.Contains("over", StringComparison.Ordinal));
        Assert.Contains(kept, t => t.Contains("The harbour reopens", StringComparison.Ordinal));
    }

    [Fact]
    public void KeysUnderAnUnclosedRule_AreStillFrontMatter()
    {
        var article = Read("---\ntitle: Harbour news\nreading_time: 3\n\n" + Body);

        Assert.Equal("Harbour news", article.Title);
        Assert.Equal(FrontMatterProblemKind.Unclosed, Assert.Single(article.FrontMatter.Problems).Kind);
    }

    private static Article Read(string text) => ArticleReader.Read("seeds/news.txt", text);
}
