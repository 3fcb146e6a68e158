using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Whether a plural group opens at an article is asked at many articles of every paragraph that holds a quote:
/// reading a plural back to its singulars, through every language's endings, builds them on the stack and
/// allocates nothing.
/// </summary>
public sealed class GroupOpeningAllocationTests
{
    [Theory]
    [InlineData("es", "«Es tarde», aseguran los vecinos.", "los")]
    [InlineData("de", "„Es ist zu spät“, sagten die Anwohner.", "die")]
    [InlineData("fr", "Les riverains affirment que tout est prêt.", "Les")]
    [InlineData("en", "The villagers said it was too late.", "The")]
    public void OpensGroup_ReadingAPluralsSingulars_AllocatesNothing(string language, string text, string articleWord)
    {
        var tokens = Token.Read(text, QuoteScanner.Scan(text).Quotes, new List<Token>());
        var article = tokens.FindIndex(token => token.Span.SequenceEqual(articleWord.AsSpan()));
        var phrase = new Phrase(SpeechTables.For(language));
        Assert.True(phrase.OpensGroup(tokens, article));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _ = phrase.OpensGroup(tokens, article);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
