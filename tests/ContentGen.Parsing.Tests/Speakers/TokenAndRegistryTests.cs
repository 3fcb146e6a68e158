using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// How a paragraph is cut into the tokens attribution reads (a middle initial and a plural's
/// possessive stay in their word, apostrophes, hyphens and dots between letters too, a quote is
/// one token keeping its last mark), and how the register of names completes a surname.
/// </summary>
public sealed class TokenAndRegistryTests
{
    private static List<Token> Tokens(string text) => Token.Read(text, QuoteScanner.Scan(text).Quotes, new List<Token>());

    private static string[] Texts(string text) => Tokens(text).Select(token => token.Text).ToArray();

    [Theory]
    [InlineData("John E. Kelly said", new[] { "John", "E.", "Kelly", "said" })]
    [InlineData("E. Kelly said", new[] { "E", ".", "Kelly", "said" })]
    [InlineData("John E. kelly", new[] { "John", "E", ".", "kelly" })]
    [InlineData("John E.", new[] { "John", "E", "." })]
    [InlineData("John Ed. Kelly", new[] { "John", "Ed", ".", "Kelly" })]
    [InlineData("Ladbrokes' Warren Hale", new[] { "Ladbrokes'", "Warren", "Hale" })]
    [InlineData("ladbrokes' Warren", new[] { "ladbrokes", "'", "Warren" })]
    [InlineData("Jones' son", new[] { "Jones", "'", "son" })]
    [InlineData("Ladbroke' Warren", new[] { "Ladbroke", "'", "Warren" })]
    [InlineData("l'ONU dit-elle U.S", new[] { "l'ONU", "dit-elle", "U.S" })]
    [InlineData("U.S.", new[] { "U.S", "." })]
    [InlineData("end.The", new[] { "end", ".", "The" })]
    [InlineData("3.5 per cent", new[] { "3.5", "per", "cent" })]
    [InlineData("word- next", new[] { "word", "-", "next" })]
    [InlineData("word'", new[] { "word", "'" })]
    public void AParagraph_IsCutIntoWordsAndMarks_KeepingInitialsPossessivesAndJoinedWordsWhole(string text, string[] tokens)
        => Assert.Equal(tokens, Texts(text));

    [Fact]
    public void EachMark_HasItsKind()
        => Assert.Equal(
            new[] { TokenKind.Word, TokenKind.Comma, TokenKind.Word, TokenKind.Colon, TokenKind.Terminal, TokenKind.Terminal, TokenKind.Other, TokenKind.Terminal },
            Tokens("Yes, no: ! ? ( …").Select(token => token.Kind));

    [Fact]
    public void AQuote_IsOneToken_KeepingItsLastMark()
    {
        var tokens = Tokens("He said \"We will go.\" Then \"we stay\" and \"\" too");

        Assert.Equal(new[] { "He", "said", ".", "Then", "y", "and", "", "too" }, tokens.Select(token => token.Text));
        Assert.True(tokens[2].IsQuoteEndingSentence);
        Assert.False(tokens[4].IsQuoteEndingSentence);
        Assert.False(tokens[3].IsQuoteEndingSentence);
        Assert.Equal(new[] { 0, 1, 2 }, tokens.Where(token => token.Kind == TokenKind.Quote).Select(token => token.QuoteIndex));
        Assert.Equal('\0', tokens[6].First);
    }

    [Fact]
    public void AWord_IsCapitalisedOrLowerCase_AMarkOrANumberNeither()
    {
        var tokens = Tokens("Acme said 3 ,");

        Assert.Equal(new[] { true, false, false, false }, tokens.Select(token => token.IsCapitalized));
        Assert.Equal(new[] { false, true, false, false }, tokens.Select(token => token.IsLower));
        Assert.True(tokens[1].Is("SAID"));
        Assert.False(tokens[3].Is(","));
        Assert.Equal("said 3", tokens[1].Through(tokens[2]).ToString());
    }

    private static NameRegistry Registry(params string[] paragraphs)
    {
        var registry = new NameRegistry();
        registry.Begin(new NamePlausibility(paragraphs, [], SpeechTables.All));
        return registry;
    }

    [Fact]
    public void ASurname_IsCompletedWithTheOneFullNameTheArticleGives()
    {
        var registry = Registry("Wendy Sherman met the press.");

        Assert.Equal("Wendy Sherman", registry.Complete("Sherman"));
        Assert.Equal("Wendy Sherman", registry.Complete("Wendy Sherman"));
    }

    [Fact]
    public void ASurnameTwoPeopleShare_NamesNobody()
        => Assert.Null(Registry("John Smith and Jane Smith met.").Complete("Smith"));

    [Fact]
    public void ASurname_IsCompletedWithTheSpeakerNamedBefore()
    {
        var registry = Registry("Anna Maria Okafor spoke.");

        Assert.Equal("Okafor", Registry("Anna Maria Okafor spoke.").Complete("Okafor"));
        Assert.Equal("Anna Maria Okafor", registry.Complete("Anna Maria Okafor"));
        Assert.Equal("Anna Maria Okafor", registry.Complete("Okafor"));
    }

    [Fact]
    public void ASurnameOfTwoSpeakers_NamesNeither_TheSameSpeakerTwiceKeepsIt()
    {
        var two = Registry("Anna Maria Okafor and Ben Tunde Okafor spoke.");
        two.Complete("Anna Maria Okafor");
        two.Complete("Ben Tunde Okafor");

        var once = Registry("Anna Maria Okafor spoke.");
        once.Complete("Anna Maria Okafor");
        once.Complete("Anna Maria Okafor");

        Assert.Null(two.Complete("Okafor"));
        Assert.Equal("Anna Maria Okafor", once.Complete("Okafor"));
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("Jane D0e")]
    public void ANameThatIsNotPlausible_IsNotCompleted(string name)
        => Assert.Null(Registry("Jane met him on Monday.").Complete(name));
}
