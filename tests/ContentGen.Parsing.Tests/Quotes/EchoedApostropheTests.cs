using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// A title's or heading's quote that repeats words the body quotes is the body speaker's, though
/// the page prints an apostrophe curly on one line and straight on the other: the editor's title
/// and the reporter's body come from two keyboards. Only the apostrophe is read as one; other
/// letters, and two speakers quoting the words, still give no one.
/// </summary>
public sealed class EchoedApostropheTests
{
    [Theory]
    [InlineData("fr", "Au foyer des Tilleuls, \u00ab c\u2019est la pagaille, on n\u2019a plus de chauffage \u00bb",
        "Le maire a visité mardi le foyer des Tilleuls, à la demande des associations.",
        "\u00ab C\u2019est la pagaille, on n'a plus de chauffage \u00bb, alerte Karim Benali devant la mairie.", "Karim Benali")]
    [InlineData("fr", "Au foyer des Tilleuls, \u00ab c'est la pagaille, on n'a plus de chauffage \u00bb",
        "Le maire a visité mardi le foyer des Tilleuls, à la demande des associations.",
        "\u00ab C\u2019est la pagaille, on n\u2019a plus de chauffage \u00bb, alerte Karim Benali devant la mairie.", "Karim Benali")]
    [InlineData("en", "Harbour: 'we won\u2019t give up on the pier'",
        "The town council voted on Monday to close the pier for the whole winter.",
        "\"We won't give up on the pier,\" said Jane Roe, who chairs the pier trust.", "Jane Roe")]
    [InlineData("it", "Frana, \u00abnon c\u2019è più tempo da perdere\u00bb",
        "La strada provinciale resta chiusa da tre settimane dopo la frana di ottobre.",
        "\u00abNon c'è più tempo da perdere\u00bb, ha detto il sindaco Marco Ferri ai residenti.", "Marco Ferri")]
    public void ATitleQuote_WhoseApostrophesTheBodyPrintsOtherwise_IsTheBodySpeakers(string language, string title, string first, string second, string speaker)
    {
        var article = ArticleParser.Parse(title + "\n\n" + first + "\n\n" + second, language);

        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        Assert.Equal(speaker, article.Quotes[0].Speaker);
    }

    // Stops: a letter beside the apostrophe differs (other words), and two speakers whose quotes
    // hold the words, one with each apostrophe, leave the title's quote to no one.
    [Theory]
    [InlineData("Au foyer des Tilleuls, \u00ab c\u2019est qu\u2019un début de pagaille \u00bb",
        "\u00ab C'est qu'on début de pagaille, on le sait \u00bb, alerte Karim Benali devant la mairie.",
        "Le maire a visité mardi le foyer des Tilleuls, à la demande des associations.")]
    [InlineData("Au foyer des Tilleuls, \u00ab c\u2019est la pagaille \u00bb",
        "\u00ab C'est la pagaille, on le sait \u00bb, alerte Karim Benali devant la mairie.",
        "\u00ab C\u2019est la pagaille pour nous aussi \u00bb, répond Julie Marchand, la directrice du centre.")]
    public void OtherWordsOrTwoSpeakers_GiveTheTitleQuoteNoOne(string title, string first, string second)
    {
        var article = ArticleParser.Parse(title + "\n\n" + first + "\n\n" + second, "fr");

        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        Assert.Null(article.Quotes[0].Speaker);
    }
}
