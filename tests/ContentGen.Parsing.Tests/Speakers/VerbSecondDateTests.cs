namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where the finite verb stands second, a day with its date opening the sentence ("Op vrijdag 4
/// maart opent Veen de markt.") puts the subject after the verb, as a day alone does; a surname
/// there counts when the article gives it in full. The next "zegt hij" means that person.
/// Before, it went to the woman quoted before.
/// </summary>
public sealed class VerbSecondDateTests
{
    private const string Before = "Wethouder Joost Veen sluit de oude hal. \"Het is klaar\", zegt hij.";
    private const string Other = "\"Zij twijfelt nog\", zegt Lies Brandt.";

    [Fact]
    public void ASurnameAfterADatedDayAndTheVerb_IsWhomHijMeans()
        => Assert.Equal(
            new[] { "Joost Veen", "Lies Brandt", "Joost Veen" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, Before, Other, "Op vrijdag 4 maart opent Veen de nieuwe markt. \"Dit is een feest\", zegt hij."));

    // Guard: a surname the article never gives in full names no one there.
    [Fact]
    public void ASurnameNeverGivenInFull_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Lies Brandt", "Lies Brandt" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, Other, "Op vrijdag 4 maart opent Dekker de nieuwe markt. \"Dit is een feest\", zegt ze."));
}
