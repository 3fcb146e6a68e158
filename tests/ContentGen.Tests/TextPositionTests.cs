using ContentGen.Parsing;
using ContentGen.Parsing.Seeds;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Tests;

/// <summary>
/// The model's lines and columns are the compiler's: Roslyn, and so the IDE, end a line at CR, LF,
/// CRLF, NEL (U+0085), LS (U+2028) and PS (U+2029), and so do the positions the parser gives to
/// paragraphs, quotes, problems and front matter keys, and the diagnostics placed from them.
/// </summary>
public sealed class TextPositionTests
{
    public static TheoryData<string> Breaks => new("\u0085", "\u2028", "\u2029");

    [Theory]
    [MemberData(nameof(Breaks))]
    public void TextSeed_PositionsAfterAUnicodeLineBreak_AreTheCompilersLines(string lineBreak)
    {
        // A break inside a paragraph's line, one inside a block of two lines, and one at a line's start.
        var text = "Council budget agreed after long night\n\n"
            + "First" + lineBreak + "second « mayor said no.\n\n"
            + "The clerk said \"we\n" + "agree" + lineBreak + "now\" and » left.\n\n"
            + lineBreak + "Last \uFFFD paragraph here.\n";

        var article = ArticleParser.Parse(text);

        Assert.Equal(3, article.Paragraphs.Count);
        AssertCompilersLines(text, article);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void MarkdownSeed_PositionsAfterAUnicodeLineBreak_AreTheCompilersLines(string lineBreak)
    {
        var text = "---\nnote: \"one" + lineBreak + "  two\"\n---\n# Harbour" + lineBreak + " news\n\n"
            + "The first" + lineBreak + "paragraph « here.\n\n"
            + "> \"A quote" + lineBreak + "in a block,\" said Ann.\n";

        var article = ArticleReader.Read("seeds/a.md", text);

        Assert.NotEmpty(article.Quotes);
        AssertCompilersLines(text, article);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void FrontMatterDiagnostic_AfterAUnicodeLineBreak_PointsAtTheCompilersLine(string lineBreak)
    {
        // CG0025 is placed from the key's parsed position, and CG0024 names the first key's line.
        var seeds = new (string Path, string Text)[]
        {
            ("seeds/harbour-news.md", "---\nnote: \"one" + lineBreak + "  two\"\nparagraphs: 3\n---\n# Harbour news from the coast\n\nThe harbour reopens.\n"),
            ("seeds/library-news.md", "---\nparagraphs: many\n---\n# Library news from the town\n\nThe library reopens.\n"),
        };

        var diagnostics = GeneratorHarness.Run(seeds).Diagnostics;

        var clash = Assert.Single(diagnostics, d => d.Id == "CG0025" && d.Location.GetLineSpan().Path == seeds[0].Path);
        var expected = SourceText.From(seeds[0].Text).Lines.GetLinePosition(seeds[0].Text.IndexOf("paragraphs", StringComparison.Ordinal));
        Assert.Equal(expected, clash.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(3, expected.Line);

        var mismatch = Assert.Single(diagnostics, d => d.Id == "CG0024");
        Assert.Contains("'seeds/harbour-news.md' at line 4, column 1", mismatch.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static void AssertCompilersLines(string text, Article article)
    {
        var lines = SourceText.From(text).Lines;
        var positions = new List<(string What, TextPosition Position)> { ("title", article.TitlePosition) };
        positions.AddRange(article.Paragraphs.Select(p => ("paragraph " + p.Text, p.Position)));
        positions.AddRange(article.Quotes.Select(q => ("quote " + q.Text, q.Position)));
        positions.AddRange(article.Problems.Select(p => ("problem " + p.Kind, p.Position)));
        positions.AddRange(article.Boilerplate.Select(b => ("boilerplate " + b.Text, b.Position)));
        positions.AddRange(article.FrontMatter.Entries.Select(e => ("key " + e.Key, e.Position)));
        Assert.Contains(positions, p => p.What.StartsWith("problem", StringComparison.Ordinal));

        foreach (var (what, position) in positions)
        {
            var expected = lines.GetLinePosition(position.Offset);
            Assert.True(
                (expected.Line + 1, expected.Character + 1) == (position.Line, position.Column),
                $"{what} at {position.Offset}: the parser says ({position.Line},{position.Column}), the compiler ({expected.Line + 1},{expected.Character + 1})");
        }

        // The text has lines past a Unicode break, or the test would prove nothing.
        Assert.Contains(positions, p => p.Position.Line != text[..p.Position.Offset].Count(c => c == '\n') + 1);
    }
}
