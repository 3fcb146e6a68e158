namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German reports speech in Konjunktiv I, which any verb forms from its stem and "-e": beside a third
/// person's subject ("man", "er", "sie", "es") the indicative ends in "-t", so "Man warte „…“" after a
/// quoted sentence goes on with that speaker's report, as the listed forms ("sei", "habe") did.
/// Before, only the listed forms were read, and "Man warte", "Deshalb rechne sie" gave no one.
/// </summary>
public sealed class SubjunctiveBesideSubjectTests
{
    private const string Lead = "Der Abgeordnete Alain Roussel sprach mit dem Sender.";

    [Theory]
    [InlineData("„Noch ist nichts entschieden“, sagte er. Man warte „auf die Untersuchung“.")]
    [InlineData("„Noch ist nichts entschieden“, sagte er. Deshalb rechne er „mit Verzögerungen“.")]
    [InlineData("„Noch ist nichts entschieden“, sagte er. Er hoffe „auf eine Lösung bis Mai“.")]
    [InlineData("„Noch ist nichts entschieden“, sagte er. Es drohe „ein langer Streit“.")]
    public void AVerbInEBesideAThirdPersonsSubject_GoesOnWithTheReport(string paragraph)
        => Assert.Equal(new[] { "Alain Roussel", "Alain Roussel" }, QuoteSpeakers.Under("Probe", LanguageLeads.German, Lead + " " + paragraph));

    // Guards: the indicative ("Man wartet"), a word in "-e" that is no verb ("Sie alle"), and the first person.
    [Theory]
    [InlineData("„Noch ist nichts entschieden“, sagte er. Man wartet auf „ein Wunder“.")]
    [InlineData("„Noch ist nichts entschieden“, sagte er. Sie alle hoffen auf „ein Wunder“.")]
    [InlineData("„Noch ist nichts entschieden“, sagte er. Ich warte auf „ein Wunder“.")]
    public void NoReportedMood_GivesTheQuoteNoOne(string paragraph)
        => Assert.Equal(new[] { "Alain Roussel", null }, QuoteSpeakers.Under("Probe", LanguageLeads.German, Lead + " " + paragraph));
}
