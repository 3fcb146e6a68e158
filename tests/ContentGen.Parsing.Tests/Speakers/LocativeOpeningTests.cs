namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A preposition of place opening a sentence is written with a capital ("In Kleinfelden backt eine
/// Familie Brot.", "Auf Facebook schrieb …"), and no name begins with one: the run says where,
/// and is no person whom a later pronoun means or who speaks (lexicon <c>Locatives</c>, German
/// now "in auf"). Before, "In Kleinfelden" took the next quote.
/// </summary>
public sealed class LocativeOpeningTests
{
    [Fact]
    public void APlaceOpeningTheSentence_IsNoOneAPronounMeans()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "In Kleinfelden backt eine Familie seit 1820 Brot. „Der Ofen hat alles gesehen“, sagt er."));

    [Fact]
    public void AMediumAfterAufBeforeTheVerb_IsNoSpeaker()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Der Bürgermeister blieb dabei. Auf Facebook schrieb er: „Wir halten Wort.“"));

    // Guards: a name after the place still speaks; a name that opens with the letters of a preposition is a name.
    [Theory]
    [InlineData("Am Abend sagte Anna Berg: „Wir halten Wort.“", "Anna Berg")]
    [InlineData("Ina Berg sagte: „Wir halten Wort.“", "Ina Berg")]
    public void NamesAroundThePlace_StillSpeak(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.German, paragraph));
}
