using System.Text;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// Hostile input never makes the parser throw or stall: every stage is linear, so these finish
/// in well under a second each.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> HostileInputs()
    {
        var data = new TheoryData<string>
        {
            string.Empty,
            "   \n\t\n\u00A0",
            "\0binary\0",
            new string('x', 10_000_000),
            new string('«', 1_000_000),
            new string('"', 1_000_000),
            new string('\'', 1_000_000),
            new string('\n', 1_000_000),
            string.Concat(Enumerable.Repeat("“", 100_000)) + string.Concat(Enumerable.Repeat("”", 100_000)),
            string.Concat(Enumerable.Repeat("« a ", 250_000)),
            string.Concat(Enumerable.Repeat("\"Yes,\" he said. ", 20_000)),
            string.Concat(Enumerable.Repeat("Said said said, ", 50_000)),
            string.Concat(Enumerable.Repeat("Big Name ", 50_000)) + "said \"x\"",
            string.Concat(Enumerable.Repeat("a\n", 50_000)),
            string.Concat(Enumerable.Repeat("Menu item here\n\n", 10_000)),
            string.Concat(Enumerable.Repeat("\uFFFD\r", 20_000)),
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInput_NeverThrows_AndGivesAWellFormedArticle(string text)
        => AssertWellFormed(text, ArticleParser.Parse(text));

    [Fact]
    public void RandomText_NeverThrows_AndGivesAWellFormedArticle()
    {
        var random = new Random(20240312);
        const string alphabet = "ab AB.,:;!?\"'«»“”„‚‘’‹›「」『』\n\r\t\u00A0-–—|»()[]\uFFFD";
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 400);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            AssertWellFormed(text.ToString(), ArticleParser.Parse(text.ToString()));
        }
    }

    [Fact]
    public void RandomBytes_DecodedWithReplacement_ParseWithAProblemExactlyWhenAByteWasNotUtf8()
    {
        // Random bytes decoded as a forgiving UTF-8 reader does (invalid bytes become U+FFFD):
        // InvalidText exactly when the strict decoder refuses them, at the first U+FFFD.
        var lenient = new UTF8Encoding(false, throwOnInvalidBytes: false);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var text = lenient.GetString(bytes);

            var article = ArticleParser.Parse(text);

            var invalid = article.Problems.Where(p => p.Kind == ProblemKind.InvalidText).ToArray();
            Assert.Equal(!DecodesStrictly(strict, bytes), invalid.Length > 0);
            Assert.All(invalid, p => Assert.Equal(text.IndexOf('\uFFFD'), p.Position.Offset));
            AssertWellFormed(text, article);
        }
    }

    [Fact]
    public void SameText_GivesAnEqualArticle_ThatADifferentTextDoesNot()
    {
        const string text = "Night buses reach the villages\n\n\"They will run late,\" said Maria Lopez in the council chamber on Tuesday.";

        var first = ArticleParser.Parse(text);
        var second = ArticleParser.Parse(text);
        var other = ArticleParser.Parse(text.Replace("late", "early", StringComparison.Ordinal));

        // Two parses build separate objects, so equality compares their contents.
        Assert.NotSame(first, second);
        Assert.NotSame(first.Quotes[0], second.Quotes[0]);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.NotEqual(first.Quotes, other.Quotes);
    }

    // What holds for any input: every position lies in the text, nothing is invented (the kept
    // texts hold no more non-blank characters than the input), and the result is either an
    // article with a title or says why there is none.
    private static void AssertWellFormed(string text, Article article)
    {
        var positions = new[] { article.TitlePosition }
            .Concat(article.Paragraphs.Select(p => p.Position))
            .Concat(article.Quotes.Select(q => q.Position))
            .Concat(article.Boilerplate.Select(b => b.Position))
            .Concat(article.Problems.Select(p => p.Position));
        Assert.All(positions, position => Assert.InRange(position.Offset, 0, text.Length));

        var kept = new[] { article.Title, article.Source }
            .Concat(article.Sections.Select(s => s.Heading))
            .Concat(article.Paragraphs.Select(p => p.Text))
            .Concat(article.Boilerplate.Select(b => b.Text))
            .Sum(piece => piece?.Count(c => !char.IsWhiteSpace(c)) ?? 0);
        Assert.InRange(kept, 0, text.Count(c => !char.IsWhiteSpace(c)));

        var fatal = article.Problems.Any(p => p.Kind is ProblemKind.Empty or ProblemKind.OnlyBoilerplate);
        Assert.True(fatal != (article.Title.Length > 0), "an article has a title exactly when no problem stops it");
    }

    private static bool DecodesStrictly(UTF8Encoding strict, byte[] bytes)
    {
        try
        {
            strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
