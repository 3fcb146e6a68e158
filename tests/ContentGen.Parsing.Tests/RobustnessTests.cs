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
    public void HostileInput_NeverThrows(string text)
    {
        var article = ArticleParser.Parse(text);
        Assert.NotNull(article);
    }

    [Fact]
    public void RandomText_NeverThrows()
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

            ArticleParser.Parse(text.ToString());
        }
    }

    [Fact]
    public void RandomBytes_DecodeAndParse_NeverThrow()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            ArticleParser.Parse(SeedText.Decode(bytes).Text);
        }
    }

    [Fact]
    public void SameText_GivesAnEqualArticle()
    {
        const string text = "Night buses reach the villages\n\n\"They will run late,\" said Maria Lopez in the council chamber on Tuesday.";
        Assert.Equal(ArticleParser.Parse(text), ArticleParser.Parse(text));
    }
}
