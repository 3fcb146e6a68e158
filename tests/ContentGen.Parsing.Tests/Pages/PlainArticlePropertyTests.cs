using CsCheck;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Whatever its language, its number of paragraphs and their lengths, a plain article reads as it
/// was written: its headline is its title, nothing is set aside, every paragraph is kept as it
/// stands and every subheading is a heading.
/// </summary>
public sealed class PlainArticlePropertyTests
{
    [Fact]
    public void APlainArticle_ReadsAsItWasWritten()
    {
        PlainArticles.Any.Sample(
            article =>
            {
                var read = ArticleParser.Parse(article.Text);
                return read.Title == article.Title
                    && read.Boilerplate.Count == 0
                    && read.Paragraphs.Select(p => p.Text).SequenceEqual(article.Paragraphs)
                    && read.Sections.Select(s => s.Heading).OfType<string>().SequenceEqual(article.Headings);
            },
            iter: 2_000,
            threads: 1);
    }
}
