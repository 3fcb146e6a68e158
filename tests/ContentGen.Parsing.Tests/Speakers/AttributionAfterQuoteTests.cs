namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A quote that stands as a sentence alone may be attributed by the next one, which points back to
/// it and reports it: "Das sagte X", "Dat zegt X", "Lo ha detto X", "Así lo explicó X", "Foi o que
/// disse X", "C'est ce qu'a affirmé X", "That is what X said", or a cleft that names who said it:
/// "A dirlo è X". The quote is the one who reports it
/// there, not the last speaker it would otherwise go on with.
/// </summary>
public sealed class AttributionAfterQuoteTests
{
    [Theory]
    [InlineData(LanguageLeads.German, "„Die Arbeiten beginnen im Herbst.“ Das sagte Bürgermeisterin Anna Kessler am Montag.", "Anna Kessler")]
    [InlineData(LanguageLeads.Dutch, "\"De werkzaamheden beginnen in het najaar.\" Dat zegt wethouder Pieter van Dam.", "Pieter van Dam")]
    [InlineData(LanguageLeads.Italian, "«I lavori inizieranno in autunno». Lo ha detto il sindaco Marco Bellini a margine della seduta.", "Marco Bellini")]
    [InlineData(LanguageLeads.Spanish, "«Las obras empezarán en otoño». Así lo ha explicado el alcalde, Luis Pardo.", "Luis Pardo")]
    [InlineData(LanguageLeads.Spanish, "«Las obras empezarán en otoño». Lo ha dicho Marta Ruiz en la radio.", "Marta Ruiz")]
    [InlineData(LanguageLeads.Portuguese, "“As obras começam no outono.” Foi o que disse Sofia Lopes aos jornalistas.", "Sofia Lopes")]
    [InlineData(LanguageLeads.French, "« Les travaux commenceront à l'automne. » C'est ce qu'a affirmé le maire, Paul Girard.", "Paul Girard")]
    [InlineData(LanguageLeads.French, "« Les travaux commenceront à l'automne. » C'est ce qu'explique Claire Morel.", "Claire Morel")]
    [InlineData(LanguageLeads.Italian, "«I lavori inizieranno in autunno». A dirlo è Giulia Conti, presidente del comitato.", "Giulia Conti")]
    [InlineData(LanguageLeads.Italian, "«I lavori inizieranno in autunno». A spiegarlo è stata Giulia Conti.", "Giulia Conti")]
    public void ASentenceThatPointsBackAndReports_AttributesTheQuote(string lead, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Bridge", lead, paragraph));

    // The quote after another speaker's is no longer theirs.
    [Theory]
    [InlineData(LanguageLeads.German, "„Die Arbeiten beginnen im Herbst“, sagte Anna Kessler.", "„Niemand muss warten.“ Das erklärte Jonas Berger der Zeitung.", "Jonas Berger")]
    [InlineData(LanguageLeads.Italian, "«I lavori inizieranno in autunno», ha detto Marco Bellini.", "«Nessuno dovrebbe aspettare». Lo ha detto Giulia Conti, presidente del comitato.", "Giulia Conti")]
    public void TheQuoteAfterAnotherSpeakers_IsTheOneWhoReportsIt(string lead, string first, string second, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Bridge", lead, first, second)[1]);

    // Guards: a next sentence that reports something else, or whose "das" opens a clause of its
    // own, leaves the quote to the reading it had.
    [Theory]
    [InlineData(LanguageLeads.German, "„Die Arbeiten beginnen im Herbst“, sagte Anna Kessler.", "„Niemand muss warten.“ Das Geld sagte Jonas Berger zu.")]
    [InlineData(LanguageLeads.Italian, "«I lavori inizieranno in autunno», ha detto Marco Bellini.", "«Nessuno dovrebbe aspettare». Lo stadio resterà chiuso fino a maggio.")]
    [InlineData(LanguageLeads.Italian, "«I lavori inizieranno in autunno», ha detto Marco Bellini.", "«Nessuno dovrebbe aspettare». A dirlo è stato facile per Jonas Berger.")]
    public void ANextSentenceThatDoesNotPointBack_LeavesTheQuote(string lead, string first, string second)
        => Assert.NotEqual("Jonas Berger", QuoteSpeakers.Under("Bridge", lead, first, second)[1]);
}
