namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Ria Jansen (72) is boos: “…”": a person brought in with no verb of speaking, her state and a colon
/// before the quote, as "Ria Jansen is boos:" already was; Dutch and German news write the age in
/// brackets between the name and the verb, which the clause reading took for the end of the clause.
/// The brackets must hold a number alone; a thing's subject stays no one's.
/// </summary>
public sealed class BracketedAgeColonTests
{
    [Theory]
    [InlineData("de", "Gisela Hahn (72) ist skeptisch: „Das glaube ich erst, wenn ich es sehe.“", "Gisela Hahn")]
    [InlineData("de", "Auch Gisela Hahn (72) war verärgert: „Das Amt hört uns nicht zu.“", "Gisela Hahn")]
    [InlineData("nl", "Ria Jansen (72) is boos: “Niemand luistert.”", "Ria Jansen")]
    [InlineData("nl", "Ook Kees Post (58) was sceptisch: “Ik geloof het pas als ik het zie.”", "Kees Post")]
    [InlineData("en", "Jim Hart (70) is angry: \"Nobody listens to us.\"", "Jim Hart")]
    public void ANameWithItsAgeInBrackets_BeforeItsVerbAndAColon_Speaks(string language, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language) + " " + sentence));

    [Theory]
    [InlineData("de", "Die Brücke (1972) ist marode: „Sie muss weg.“")]
    [InlineData("nl", "De brug (1972) is versleten: “Hij moet weg.”")]
    public void AThingWithAYearInBrackets_SpeaksNot(string language, string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Kop", LanguageLeads.For(language) + " " + sentence));
}
