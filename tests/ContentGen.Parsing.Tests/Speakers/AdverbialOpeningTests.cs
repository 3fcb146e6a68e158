namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where the finite verb stands second, an adjective or adverb alone may open the clause,
/// capitalised there, with the subject after the verb: "Zurückhaltend äußerte sich der Abgeordnete
/// X gegenüber dem Sender." Read back from the verb, the opening word was taken for a name, the
/// sentence named no one, and the next "sagte er" went to the person quoted before (or to no one).
/// </summary>
public sealed class AdverbialOpeningTests
{
    private const string Before = "„Wir warten ab“, sagte Paul Weber.";

    [Theory]
    [InlineData("de", "Zurückhaltend äußerte sich der Abgeordnete Udo Kern gegenüber dem Sender. „Noch ist nichts entschieden“, sagte er.", "Udo Kern")]
    [InlineData("de", "Zurückhaltend äußerte sich der Abgeordnete Udo Kern. „Noch ist nichts entschieden“, sagte er.", "Udo Kern")]
    [InlineData("de", "Kritisch äußerte sich die Ministerin Eva Roth im Landtag. „Das geht so nicht“, sagte sie.", "Eva Roth")]
    public void TheSubjectAfterTheVerb_IsWhomThePronounMeans(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { "Paul Weber", speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), Before, paragraph));

    // The Dutch shape, whose subject after the verb was read already, still is.
    [Fact]
    public void TheDutchShape_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Els Mulder" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, "Voorzichtig reageerde de wethouder Els Mulder op het plan. \"Er is niets besloten\", zei ze."));

    // Guard: a surname with an adverb's ending opening the sentence, with an object after the verb, stays the subject.
    [Fact]
    public void ASurnameWithAnAdverbsEnding_StaysTheSubject()
        => Assert.Equal(
            new[] { "Paul Weber", "Anna Fröhlich" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, Before, "Anna Fröhlich leitet das Amt. Fröhlich äußerte sich der Zeitung gegenüber zurückhaltend. „Noch ist nichts entschieden“, sagte sie."));
}
