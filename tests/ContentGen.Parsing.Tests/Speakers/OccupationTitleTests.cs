namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Occupations and ranks written before a Dutch name as titles ("wijkagent Ruud Smeets", "bloemist
/// Sandra de Groot", "slager Henk Bosman"; a compound ending in "agent" too) are no part of the name.
/// They are titles only: "zei de slager" with no butcher named gives no one, not the last speaker.
/// Before, the title stayed in the name. A German genitive's "-s" comes off a body ending in
/// "-präsidium" as off "-verein" ("des Polizeipräsidiums Nordheide" speaks as Polizeipräsidium Nordheide),
/// and an English network's name stays whole past a plural's possessive. (Review s24, finding 12:
/// "zei de slager" and "zegt slager Henk Bosman" gave the same before; they are guards.)
/// </summary>
public sealed class OccupationTitleTests
{
    [Theory]
    [InlineData("Wijkagent Ruud Smeets: “Schaamte is het grootste probleem.”", "Ruud Smeets")]
    [InlineData("Bloemist Sandra de Groot is somber. “Mijn klanten zijn vooral ouderen.”", "Sandra de Groot")]
    [InlineData("“Als de supermarkt gaat, ga ik ook”, zegt slager Henk Bosman.", "Henk Bosman")]
    public void AnOccupationBeforeTheName_IsNoPartOfIt_InDutch(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Winkeliers vrezen leegstand", LanguageLeads.Dutch, paragraph));

    [Fact]
    public void ABareOccupation_IsStillNoOne_InDutch()
        => Assert.Equal(
            new string?[] { "Gerrit Mulder", null },
            QuoteSpeakers.Under(
                "Winkeliers vrezen leegstand",
                LanguageLeads.Dutch,
                "“Zonder supermarkt komt hier niemand meer”, zei Gerrit Mulder. “Ik sluit in april”, zei de slager."));

    [Fact]
    public void AGenitivesEnding_ComesOffAPresidium_InGerman()
        => Assert.Equal(
            new[] { "Polizeipräsidium Nordheide" },
            QuoteSpeakers.Under(
                "Einbruch ins Museum",
                LanguageLeads.German,
                "Ein Sprecher des Polizeipräsidiums Nordheide sagte, die Alarmanlage habe „aus bisher ungeklärten Gründen“ nicht ausgelöst."));

    // "the Westmoor Parents' Network": a network or a coalition is a body's noun, and keeps its
    // name whole past the plural's possessive; a name after one is still a person's.
    [Theory]
    [InlineData("A spokesperson for the Westmoor Parents' Network, which campaigns against closures, said families needed \"clear advice\".", "Westmoor Parents' Network")]
    [InlineData("Harbour Bookmakers' Tom Fox said the odds were \"long\".", "Tom Fox")]
    public void ANetworksName_StaysWhole_InEnglish(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Clinics open", paragraph));
}
