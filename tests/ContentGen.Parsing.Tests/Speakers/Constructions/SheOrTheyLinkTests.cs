namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// Dutch <c>ze</c> is she and they; beside a verb in the singular (<c>‘…’, zegt ze</c>) it is she, and the person the
/// cue gave the quote is then known as a woman, as after German <c>sagt sie</c>: a later <c>zegt hij</c> passes over her.
/// </summary>
public sealed class SheOrTheyLinkTests
{
    private const string DutchWoman = "Het bestuur wil de kippen weg. ‘Dat zijn de regels’, zegt Ingrid Hoekstra. ‘Daar valt niet over te praten’, zegt ze.";
    private const string GermanWoman = "Der Vorstand will die Hühner loswerden. „Das sind die Regeln“, sagt Ingrid Hollmann. „Darüber wird nicht geredet“, sagt sie.";

    [Theory]
    [InlineData("nl", DutchWoman, "Ook de kleinzoon van een tuinder heeft getekend. ‘Zonder kippen is het saai’, zegt hij.")]
    [InlineData("de", GermanWoman, "Auch der Enkel eines Gärtners hat unterschrieben. „Ohne Hühner ist es langweilig“, sagt er.")]
    public void AMalePronoun_PassesOverAWomanASingularSheOrTheyWasLinkedTo(string language, string woman, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, woman, "De tegenstanders verzamelden handtekeningen.", paragraph));

    // Where it must not fire: the link never keeps "ze" from her; a plural verb ("zeggen ze") is they, and links no one,
    // so a later "hij" still reaches the man quoted before.
    [Fact]
    public void TheSamePronounLater_StillMeansHer()
        => Assert.Equal("Ingrid Hoekstra", ConstructionProbe.LastSpeaker("nl", DutchWoman, "Ze wacht nu op de gemeente. ‘We zien wel’, zegt ze."));

    [Fact]
    public void APluralVerbBesideZe_LinksNoGender()
        => Assert.Equal("Henk Wolters", ConstructionProbe.LastSpeaker("nl",
            "‘Dat zijn de regels’, zegt Henk Wolters. ‘Daar valt niet over te praten’, zeggen ze.",
            "Hij wacht nu op de gemeente. ‘We zien wel’, zegt hij."));
}
