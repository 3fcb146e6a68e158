namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where the finite verb stands second, a day with its date opening the sentence ("Op zaterdag 19
/// december schenkt Holt het laatste rondje.") puts the subject after the verb, as a day alone
/// does; a surname there counts when the article gives it in full. The next "zegt hij" means
/// that person. Before, it went to the woman quoted before.
/// </summary>
public sealed class VerbSecondDateTests
{
    private const string Before = "Kastelein Gerrit Holt sluit zijn café. \"Het is voorbij\", zegt hij.";
    private const string Other = "\"Zij is optimistisch\", zegt Sietske Wolters.";

    [Fact]
    public void ASurnameAfterADatedDayAndTheVerb_IsWhomHijMeans()
        => Assert.Equal(
            new[] { "Gerrit Holt", "Sietske Wolters", "Gerrit Holt" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, Before, Other, "Op zaterdag 19 december schenkt Holt het laatste rondje. \"Van de zaak\", zegt hij."));

    // Guard: a surname the article never gives in full names no one there.
    [Fact]
    public void ASurnameNeverGivenInFull_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Sietske Wolters", "Sietske Wolters" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, Other, "Op zaterdag 19 december schenkt Brink het laatste rondje. \"Van de zaak\", zegt ze."));
}
