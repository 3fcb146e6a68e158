namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A preposition of place opening a sentence is written with a capital ("In Moosdorf braut eine
/// Familie Bier.", "Auf Instagram schrieb …"), and no name begins with one: the run says where,
/// and is no person whom a later pronoun means or who speaks (lexicon <c>Locatives</c>, German
/// now "in auf"). Before, "In Moosdorf" took the next quote.
/// </summary>
public sealed class LocativeOpeningTests
{
    [Fact]
    public void APlaceOpeningTheSentence_IsNoOneAPronounMeans()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "In Moosdorf braut eine Familie seit 1790 Bier. „Der Kessel ist älter als ich“, sagt er."));

    [Fact]
    public void AMediumAfterAufBeforeTheVerb_IsNoSpeaker()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Die Landrätin wies das zurück. Auf Instagram schrieb sie: „Niemand hat hier gespart.“"));

    // Guards: a name after the place still speaks; a name that opens with the letters of a preposition is a name.
    [Theory]
    [InlineData("Am Abend sagte Anna Berg: „Niemand hat hier gespart.“", "Anna Berg")]
    [InlineData("Ina Berg sagte: „Niemand hat hier gespart.“", "Ina Berg")]
    public void NamesAroundThePlace_StillSpeak(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.German, paragraph));
}
