namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch spell the present plural of a verb of saying as its lemma ("sagen", "betonen",
/// "zeggen", "benadrukken"). Right after the quote and its comma it reports, as the preterite plural
/// ("sagten") did, a group in the plural after it: "„…“, sagen die Anwohner", "‘…’, benadrukken de
/// bewoners". Elsewhere the same word may be an infinitive after a modal, and is left as before;
/// names or things after it give no one.
/// </summary>
public sealed class PresentPluralAfterQuoteTests
{
    [Theory]
    [InlineData("de", "„Der Lärm ist unerträglich“, sagen die Anwohner.", "Anwohner")]
    [InlineData("de", "„Der Lärm ist unerträglich“, betonen die Anwohnerinnen.", "Anwohnerinnen")]
    [InlineData("de", "„Der Lärm ist unerträglich“, erklären die Anwohner des Ortsteils.", "Anwohner")]
    [InlineData("nl", "\"Het lawaai is ondraaglijk\", zeggen de bewoners.", "bewoners")]
    [InlineData("nl", "\"Het lawaai is ondraaglijk\", benadrukken de buurtbewoners.", "buurtbewoners")]
    public void ThePresentPluralAfterTheQuote_ReportsTheGroupAfterIt(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    // Guards: people named after it (who they are is another reading's), things in the plural,
    // the lemma not right after the quote.
    [Theory]
    [InlineData("de", "„Der Lärm ist unerträglich“, sagen die Zahlen.")]
    [InlineData("nl", "\"Het lawaai is ondraaglijk\", zeggen de cijfers.")]
    [InlineData("de", "Die Stadt will die Anwohner nicht anhören. „Der Lärm ist unerträglich“ steht auf einem Plakat, sagen die Anwohner.")]
    public void TheLastQuote_HasNoGroupSpeaker(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph)[^1]);
}
