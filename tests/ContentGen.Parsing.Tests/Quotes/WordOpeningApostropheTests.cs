using ContentGen.Parsing;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// An apostrophe that opens a word (Dutch "'s ochtends", "'s-Hertogenbosch", "'t", "'n"; German
/// "'s", "'n"; English "'90s", "'em") has a space before it and a letter after it, like an opening
/// quotation mark. Left open, it once held every quote after it in its paragraph nested, and they
/// were lost. Invented sentences in every language where an apostrophe opens a word, in straight and
/// curly quotes, with the quotes that must stay as they were.
/// </summary>
public sealed class WordOpeningApostropheTests
{
    private static string[] Quotes(string paragraph)
        => ArticleParser.Parse("Night buses reach the villages\n\n" + paragraph).Quotes.Select(q => q.Text).ToArray();

    // An elided article or pronoun of one consonant, or a decade, never opens a quote: the quotes
    // after it are read, in straight marks and in curly ones.
    [Theory]
    [InlineData("De bakker opent 's morgens om zes uur. ‘We bakken alles zelf’, zegt ze.", "We bakken alles zelf")]
    [InlineData("De bakker opent 's morgens om zes uur. 'We bakken alles zelf', zegt ze.", "We bakken alles zelf")]
    [InlineData("De trein naar 's-Hertogenbosch reed niet. ‘Niemand wist waarom’, zei een reiziger.", "Niemand wist waarom")]
    [InlineData("Hij zag 't niet aankomen en noemde het 'een koude douche'.", "een koude douche")]
    [InlineData("Ze kocht 'n nieuwe fiets, want de oude was ‘echt op’, vertelt ze.", "echt op")]
    [InlineData("Die Kneipe öffnet erst um zehn, und dann gibt's 'n Bier für alle. ‚Das ist Tradition‘, sagt der Wirt.", "Das ist Tradition")]
    [InlineData("Wie geht 's dir? 'Gut', antwortete der Trainer knapp.", "Gut")]
    [InlineData("The band last toured in the '90s. 'We never stopped writing,' the drummer said.", "We never stopped writing")]
    [InlineData("Fans in the '80s wore the same jackets, and the singer called them ‘our uniform’ on stage.", "our uniform")]
    public void AQuoteAfterAnElidedWord_IsRead(string paragraph, string quote)
        => Assert.Equal([quote], Quotes(paragraph));

    // Two quotes after the apostrophe in one paragraph: both are read, in order.
    [Theory]
    [InlineData("Om zeven uur 's avonds stond het bericht online, onder de kop ‘Een nieuw begin’. ‘Ik las het op mijn telefoon’, zegt een monteur.", "Een nieuw begin", "Ik las het op mijn telefoon")]
    [InlineData("Om zeven uur 's avonds stond het bericht online, onder de kop 'Een nieuw begin'. 'Ik las het op mijn telefoon', zegt een monteur.", "Een nieuw begin", "Ik las het op mijn telefoon")]
    public void TwoQuotesAfterAnElidedWord_AreBothRead(string paragraph, string first, string second)
        => Assert.Equal([first, second], Quotes(paragraph));

    // An apostrophe this reader does not know as elided ("'em", "'ne", "'68") beneath a quote of
    // another style: it never closes, so the quote above it was a top-level one.
    [Theory]
    [InlineData("The coach said he would 'show 'em next week', and the players laughed. ‘He means it’, one said.", "He means it")]
    [InlineData("Sie hat 'ne Menge Arbeit. „Wir schaffen das“, sagt die Chefin.", "Wir schaffen das")]
    [InlineData("Depuis mai '68, rien n'a changé, et le maire parle d'un ‘quartier oublié’ devant le conseil.", "quartier oublié")]
    [InlineData("In mei '68 begon het. “Toen veranderde alles”, zegt de schrijver.", "Toen veranderde alles")]
    public void AQuoteAboveAnApostropheOfAnotherStyle_IsRead(string paragraph, string quote)
        => Assert.Contains(quote, Quotes(paragraph));

    // Stops: a real quote whose first word is short, or a vowel ("'O meu filho'", "'A porta'"), a
    // straight quote opening on a capital, a quote that holds an apostrophe inside a word (Italian and
    // French elisions, "l'azienda", "dell'ospedale"), and a one-letter span in "rock 'n' roll" stay read as before.
    [Theory]
    [InlineData("A mãe disse apenas 'o meu filho voltou' e chorou.", "o meu filho voltou")]
    [InlineData("El alcalde repitió 'y ahora qué' varias veces.", "y ahora qué")]
    [InlineData("Il sindaco ha definito ‘un disastro annunciato’ la chiusura dell'ospedale.", "un disastro annunciato")]
    [InlineData("Le maire parle d'un 'désastre' pour l'usine.", "désastre")]
    [InlineData("He called it 'a bad year for the town' on Monday.", "a bad year for the town")]
    [InlineData("Ze noemde het 'Sterk werk' en ging zitten.", "Sterk werk")]
    public void AQuoteOpeningOnAShortOrVowelWord_StaysRead(string paragraph, string quote)
        => Assert.Equal([quote], Quotes(paragraph));

    // A lone apostrophe that never closes, with no quote above it, gives no quote.
    [Theory]
    [InlineData("De winkel is 's zondags dicht en 't café ook.")]
    [InlineData("The band toured in the '90s and again in the '00s.")]
    [InlineData("Er hat 'n Auto und 'ne Wohnung in der Stadt.")]
    public void ElidedWordsAlone_GiveNoQuote(string paragraph)
        => Assert.Empty(Quotes(paragraph));

    // The scanner's spans: a double quote left open above an apostrophe runs to the block's end;
    // a quote nested in one that closes above an apostrophe stays nested, not a quote of its own.
    [Fact]
    public void ADoubleQuoteLeftOpenAboveAnApostrophe_IsAnOpenQuote()
    {
        var quote = Assert.Single(QuoteScanner.Scan("Sie hat 'ne Menge Arbeit. „Wir schaffen das").Quotes);
        Assert.Equal((26, true), (quote.Open, quote.IsOpen));
    }

    [Fact]
    public void AQuoteNestedAboveAnApostrophe_StaysInsideItsOuterQuote()
    {
        var quotes = QuoteScanner.Scan("In mei '68 zei hij: “Ze riepen ‘nooit’ en gingen.” Daarna niets.").Quotes;
        Assert.Equal([(20, 49)], quotes.Select(q => (q.Open, q.Close)).ToArray());
    }
}
