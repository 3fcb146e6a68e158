using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// What the reader steps over between a subject and its verb, at each edge: an adverbial incise
/// between commas (", par ailleurs,") of one to three lower-case words, none a verb, a role, a
/// relative pronoun or a capitalised word; a clause between dashes of fewer than forty tokens, with
/// no sentence end, colon or quote inside.
/// </summary>
public sealed class InciseAndDashBoundaryTests
{
    private static string? Before(string sentence, string verb)
    {
        var subject = OneSentence.Before(sentence, verb);
        return subject.IsFound ? subject.Text : null;
    }

    private static string LongClause(int words)
        => string.Join(" ", Enumerable.Repeat("and", words));

    [Theory]
    [InlineData("Paul Girard a, par ailleurs, précisé que")]
    [InlineData("Paul Girard a, de son côté, précisé que")]
    public void AnIncise_OfOneToThreeLowerCaseWords_IsSteppedOver(string sentence)
        => Assert.Equal("Paul Girard", Before(sentence, "précisé"));

    [Theory]
    [InlineData("Paul Girard a, de son côté aussi, précisé que")]
    [InlineData("Paul Girard a,, précisé que")]
    [InlineData("Paul Girard a, le ministre, précisé que")]
    [InlineData("Paul Girard a, qui sait, précisé que")]
    [InlineData("Paul Girard a, Paris, précisé que")]
    public void ALongerOrEmptyIncise_OrOneWithARoleARelativeOrACapital_IsNone(string sentence)
        => Assert.Null(Before(sentence, "précisé"));

    [Fact]
    public void AClauseBetweenDashes_IsSteppedOver_BelowFortyTokens()
    {
        Assert.Equal("Alan Roe", Before("Alan Roe - who chairs the committee - said it would", "said"));
        Assert.Equal("Alan Roe", Before($"Alan Roe - {LongClause(39)} - said it would", "said"));
        Assert.Null(Before($"Alan Roe - {LongClause(40)} - said it would", "said"));
    }

    [Theory]
    [InlineData("Alan Roe: who chairs the committee - said it would")]
    [InlineData("Alan Roe. Who chairs the committee - said it would")]
    public void ADashClause_StopsAtAColonOrASentenceEnd(string sentence)
        => Assert.Null(Before(sentence, "said"));
}
