using System.Collections.Generic;
using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The gender evidence is taken with the paragraph's tokens: a paragraph with no quote none of
/// whose words is a title or a gendered pronoun is not read again, since it holds no evidence.
/// Every paragraph that holds evidence gives it as when read from its text alone: a title inside
/// a quote (whose words are one token), a title the tokens join to the next letter ("Mr.R").
/// </summary>
public sealed class GenderEvidenceFromTokensTests
{
    private static Genders ReadWithTokens(string language, params string[] paragraphs)
    {
        var words = SpeechTables.For(language);
        var genders = new Genders(words);
        foreach (var paragraph in paragraphs)
        {
            var quotes = QuoteScanner.Scan(paragraph).Quotes;
            genders.Read(paragraph, Token.Read(paragraph, quotes, new List<Token>(), words), quotes.Count);
        }

        return genders;
    }

    [Theory]
    [InlineData("en", "Mr Vale opened the new harbour wall on Monday.", "Vale", "Male")]
    [InlineData("en", "Jon Vale said he would stay on as harbour master.", "Vale", "Male")]
    [InlineData("en", "\"Mrs Lee has kept the books for years,\" the treasurer said.", "Lee", "Female")]
    [InlineData("en", "The prize went to Mr.R Vale of Harbourton.", "Vale", "Male")]
    [InlineData("fr", "Mme Girard a inauguré le nouveau quai lundi.", "Girard", "Female")]
    [InlineData("fr", "« M. Roux a tenu parole », a reconnu le maire.", "Roux", "Male")]
    [InlineData("de", "Frau Vogt eröffnete am Montag den neuen Anleger.", "Vogt", "Female")]
    [InlineData("de", "„Herr Brandt hat Wort gehalten“, sagte die Bürgermeisterin.", "Brandt", "Male")]
    public void AParagraphHoldingEvidence_GivesItAsItsTextDoes(string language, string paragraph, string surname, string expected)
        => Assert.Equal(expected, ReadWithTokens(language, paragraph).Of(surname).ToString());

    // What the pass-over must not take: a paragraph whose evidence stands where its tokens do not show it.
    [Theory]
    [InlineData("en", "\"Mr Vale will stay,\" the council said.", "Vale")]
    [InlineData("en", "The prize went to Mr.R Vale of Harbourton.", "Vale")]
    [InlineData("fr", "« Mme Girard restera », a dit le conseil.", "Girard")]
    public void AParagraphWhoseEvidenceTheTokensHide_IsStillRead(string language, string paragraph, string surname)
    {
        var genders = ReadWithTokens(language, paragraph);

        Assert.Equal(1, genders.Count);
        Assert.NotEqual(Gender.Unknown, genders.Of(surname));
    }

    [Theory]
    [InlineData("en", "The harbour wall was opened on Monday in Harbourton.")]
    [InlineData("fr", "Le nouveau quai a été inauguré lundi à Portval.")]
    [InlineData("de", "Der neue Anleger wurde am Montag in Talheim eröffnet.")]
    [InlineData("nl", "De nieuwe steiger werd maandag in Veldmeer geopend.")]
    public void AParagraphWithNoTitleNoGenderedPronounAndNoQuote_IsNotRead(string language, string paragraph)
        => Assert.Equal(0, ReadWithTokens(language, paragraph).Count);
}
