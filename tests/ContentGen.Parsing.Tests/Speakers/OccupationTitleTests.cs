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

    // Session 32: whoever started an action or runs a shop, and the crafts' masters, glued to the name.
    [Theory]
    [InlineData("nl", "Initiatiefnemer Bert Kuipers hoopt op duizend handtekeningen. “De provincie luistert niet”, zegt hij.", "Bert Kuipers")]
    [InlineData("nl", "“We gaan door tot de laatste handtekening”, zegt initiatiefneemster Wilma Brouwer.", "Wilma Brouwer")]
    [InlineData("nl", "Organisator Ruud Hendriksen is teleurgesteld. “Zo’n feest bouw je niet in een week op.”", "Ruud Hendriksen")]
    [InlineData("de", "Bäckermeister Jürgen Voitl beliefert den Laden jeden Morgen. „Am Montag verkaufe ich hier zwölf Brezen“, sagte er.", "Jürgen Voitl")]
    [InlineData("de", "„Wir machen weiter, solange es geht“, sagte Inhaberin Petra Lindemeier.", "Petra Lindemeier")]
    [InlineData("de", "Initiator Max Rothmund sammelt seit Wochen Unterschriften. „Das Dorf braucht seinen Laden“, sagte er.", "Max Rothmund")]
    public void AFounderOrMasterBeforeTheName_IsNoPartOfIt(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, Constructions.ConstructionProbe.LastSpeaker(language, paragraph));

    // Guard: the title alone names no one, and the last speaker is not it.
    [Theory]
    [InlineData("nl", "“We gaan door”, zei Gerrit Mulder. “Ik stop ermee”, zei de initiatiefnemer.", "Gerrit Mulder")]
    [InlineData("de", "„Wir machen weiter“, sagte Gerd Müllner. „Ich höre auf“, sagte der Inhaber.", "Gerd Müllner")]
    public void ABareFounderOrOwner_IsNotTheLastSpeaker(string language, string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, Constructions.ConstructionProbe.LastSpeaker(language, paragraph));

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
