namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An age said in place of a name ("sagt der 58-Jährige", "said the 58-year-old") describes the
/// person the paragraph is about: when a paragraph that does not name the last speaker brings in
/// one new person, that person.
/// </summary>
public sealed class AgeEpithetNewcomerTests
{
    private static string?[] German(params string[] paragraphs)
        => QuoteSpeakers.Under("Scheune in Talbrunn abgebrannt", paragraphs);

    private static string?[] English(params string[] paragraphs)
        => QuoteSpeakers.Under("Barn fire at Millbeck", paragraphs);

    private static string?[] Dutch(params string[] paragraphs)
        => QuoteSpeakers.Under("Schuur in Veldhoek afgebrand", paragraphs);

    [Fact]
    public void AnAgeAfterANewcomer_IsTheNewcomer_German()
        => Assert.Equal(
            new string?[] { "Anton Kerschl", "Bruno Haindl" },
            German(
                "„Wir haben das Wohnhaus gehalten“, sagte Kreisbrandmeister Anton Kerschl.",
                "Der Besitzer des Hofes, Landwirt Bruno Haindl, stand am Morgen vor den Trümmern. Im Stall lagerte das Heu für den Winter. „Das war unser ganzes Leben“, sagt der 58-Jährige."));

    [Fact]
    public void AnAgeAfterANewcomer_IsTheNewcomer_English()
        => Assert.Equal(
            new string?[] { "Anton Kerr", "Bruno Hale" },
            English(
                "\"We saved the house,\" said fire officer Anton Kerr.",
                "The owner of the farm, Bruno Hale, stood by the ruins on Sunday. The hay for the winter was stored inside. \"That was our whole life,\" said the 58-year-old."));

    [Fact]
    public void AnAgeAfterANewcomer_IsTheNewcomer_Dutch()
        => Assert.Equal(
            new string?[] { "Anton Kuipers", "Bruno Hazelaar" },
            Dutch(
                "\"We hebben het woonhuis gered\", zei brandweercommandant Anton Kuipers.",
                "De eigenaar van de boerderij, Bruno Hazelaar, stond zondag bij de resten. In de schuur lag het hooi voor de winter. \"Dat was ons hele leven\", zegt de 58-jarige."));

    [Fact]
    public void AnAgeWithNoNewcomer_IsStillTheLastSpeaker()
        => Assert.Equal(
            new string?[] { "Anton Kerschl", "Anton Kerschl" },
            German(
                "„Wir haben das Wohnhaus gehalten“, sagte Kreisbrandmeister Anton Kerschl.",
                "Die Löscharbeiten dauerten bis zum Morgen. „Das Dach war nicht mehr zu retten“, sagte der 58-Jährige."));
}
