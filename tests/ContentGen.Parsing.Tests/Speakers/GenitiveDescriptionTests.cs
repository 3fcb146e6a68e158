namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A German role with its genitive complement, then the holder's name set off by commas, opens the sentence as
/// "Le président du club, Paul Girard," does in French: "Der Vorsitzende des Vereins, Michael Huber, sprach von
/// einem „…“". The genitive's article ("des", "eines") is the description's link, as "du", "of the", "van de" are;
/// before, an article inside the description ended it, and the name gave no one.
/// </summary>
public sealed class GenitiveDescriptionTests
{
    [Theory]
    [InlineData("Der Vorsitzende des Vereins, Michael Huber, sprach von einem „herben Rückschlag“ für die Jugendarbeit.")]
    [InlineData("Der Vorsitzende des TSV Wertach, Michael Huber, sprach von einem „herben Rückschlag“ für die Jugendarbeit.")]
    [InlineData("Der Vorsitzende des Vereins, Michael Huber, hat einen Runden Tisch einberufen. „Wir finden einen Weg“, sagte er.")]
    public void ARoleWithItsGenitiveThenTheName_IsTheSpeaker(string paragraph)
        => Assert.Equal(new[] { "Michael Huber" }, QuoteSpeakers.Under("Probe", LanguageLeads.German + " " + paragraph));

    // Guard: a thing's genitive, with no role, describes no person; the name after it is no subject.
    [Fact]
    public void AThingsGenitiveThenAName_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.German + " Das Gebäude des Vereins, Haus Wertach, steht seit Jahren leer. „Wir finden einen Weg.“"));
}
