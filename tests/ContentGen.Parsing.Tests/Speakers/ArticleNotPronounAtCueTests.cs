using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The Italian article "il" right after a cue's verb ("sorride il fornaio") opens the speaker's noun;
/// it is no subject pronoun, as the French "il" is, which stands after its verb only joined by a hyphen
/// ("sourit-il"). A paragraph that names one woman and then quotes "sorride il pensionato" does not give
/// her the words. Invented sentences.
/// </summary>
public sealed class ArticleNotPronounAtCueTests
{
    // A short paragraph, whose language the reader may not identify, and the same in an article long
    // enough to be read as Italian.
    [Theory]
    [InlineData("Ada Benini serve il caffè al banco. «Siamo qui da cinquant'anni», sorride il pensionato.", "Ada Benini")]
    [InlineData("Ada Benini serve il caffè al banco. «Siamo qui da cinquant'anni», ride il barista.", "Ada Benini")]
    [InlineData("Ada Benini serve il caffè al banco. «Siamo qui da cinquant'anni», aggiunge il pensionato.", "Ada Benini")]
    public void TheItalianArticleAtACue_IsNoPronounForTheWomanNamed(string paragraph, string notSpeaker)
    {
        Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(paragraph)[^1]);
        Assert.NotEqual(notSpeaker, QuoteSpeakers.Of(ItalianOpening, paragraph)[^1]);
    }

    // The French pronoun after its verb, hyphenated, still means the man named.
    [Theory]
    [InlineData("Paul Girard sert le café au comptoir. « Nous sommes là depuis cinquante ans », sourit-il.", "Paul Girard")]
    [InlineData("Paul Girard sert le café au comptoir. « Nous sommes là depuis cinquante ans », ajoute-t-il.", "Paul Girard")]
    public void TheFrenchPronounAfterItsVerb_StillMeansTheManNamed(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Of(paragraph)[^1]);

    private const string ItalianOpening =
        "Il bar della piazza compie cinquant'anni e il paese si prepara a festeggiare con una giornata di musica, "
        + "di giochi per i bambini e di dolci offerti a tutti quelli che passeranno davanti al banco.";
}
