namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// The cue after the quote with someone unnamed as its subject, before the verb
/// (`"…," a neighbour said.`). English writes it as often as the inverted `said a neighbour`, read
/// already; it was read only for role nouns (`a teacher said`). The other languages invert the cue after a
/// quote (German and Dutch must), and their subject-first order is read where it is written.
/// </summary>
public sealed class UnnamedSubjectFirstTests
{
    [Theory]
    [InlineData("en", "\"We lost everything in the cellar,\" a neighbour said.", "neighbour")]
    [InlineData("en", "\"I have never seen the river so high,\" a mother said.", "mother")]
    [InlineData("en", "\"It went up like a torch,\" one onlooker said on Tuesday.", "onlooker")]
    [InlineData("en", "\"Nobody in the building expected it,\" an insider said.", "insider")]
    [InlineData("en", "\"We were told to keep quiet,\" an elderly neighbour has said.", "neighbour")]
    // The listener after the verb is whom the words were told to (UnnamedIndefiniteSpeakerTests kept it as a guard reading no one).
    [InlineData("en", "\"We never see the police here,\" one mother told a neighbour.", "mother")]
    [InlineData("fr", "« Nous avons tout perdu dans la cave », une voisine a dit.", "voisine")]
    [InlineData("es", "«Lo perdimos todo en el sótano», una vecina dijo.", "vecina")]
    [InlineData("it", "«Abbiamo perso tutto in cantina», una vicina ha detto.", "vicina")]
    [InlineData("pt", "“Perdemos tudo na cave”, uma vizinha disse.", "vizinha")]
    public void AnUnnamedSubjectBeforeTheVerb_IsTheSpeaker(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // The inverted order the languages write, read before and kept.
    [Theory]
    [InlineData("en", "\"We lost everything in the cellar,\" said a neighbour.", "neighbour")]
    [InlineData("de", "„Wir haben im Keller alles verloren“, sagt eine Nachbarin.", "Nachbarin")]
    [InlineData("nl", "\"We zijn alles kwijt in de kelder\", zegt een buurvrouw.", "buurvrouw")]
    [InlineData("en", "\"We lost everything in the cellar,\" a teacher said.", "teacher")]
    public void TheInvertedCueAndARole_AreReadAsBefore(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Near-misses: the words someone else said, told by the unnamed person ("a neighbour said the mayor
    // told him"); the noun as the verb's object or listener; a spokesman, who speaks for a body.
    [Theory]
    [InlineData("en", "\"Get out of the house,\" a neighbour said the firemen shouted.", null)]
    [InlineData("en", "\"We lost everything in the cellar,\" he told a neighbour.", "Tom Baker")]
    [InlineData("en", "\"We lost everything,\" a spokesman said.", null)]
    public void AnotherSubjectOrAnotherSpeech_IsNotTheNoun(string language, string paragraph, string? expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));
}
