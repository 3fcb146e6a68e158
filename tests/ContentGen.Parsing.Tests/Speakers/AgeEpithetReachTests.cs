namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An age at the cue ("erzählt der 24-Jährige", "vertelt de 24-jarige") describes someone in the
/// scene: the person named in its paragraph or the one just before, not someone last named two
/// paragraphs back past other news, who may be anyone's age. There it gives no one.
/// </summary>
public sealed class AgeEpithetReachTests
{
    [Theory]
    [InlineData("de", "„Viele warten zu lange“, sagte Einsatzleiter Florian Zangerl.", "Die Polizei untersucht, wie die Wanderin vom Weg abkam.", "„Ich habe zuerst nur ihre Jacke gesehen“, erzählt der 24-Jährige.", "Florian Zangerl")]
    [InlineData("nl", "\"We hadden tweehonderd man ter plaatse\", zei brandweercommandant Piet Mol.", "De politie onderzoekt de oorzaak.", "\"Ik zag eerst alleen haar jas\", vertelt de 24-jarige.", "Piet Mol")]
    public void AnAgeTwoParagraphsPastThePersonNamed_IsNoOne(string language, string first, string second, string third, string speaker)
        => Assert.Equal(new[] { speaker, null }, QuoteSpeakers.Under("Nacht am Grat", LanguageLeads.For(language), first, second, third));

    [Theory]
    [InlineData("de", "„Viele warten zu lange“, sagte Einsatzleiter Florian Zangerl.", "„Wir sind die ganze Nacht geklettert“, erzählt der 44-Jährige.", "Florian Zangerl")]
    [InlineData("nl", "\"We hadden tweehonderd man ter plaatse\", zei brandweercommandant Piet Mol.", "\"We hebben de hele nacht gezocht\", vertelt de 44-jarige.", "Piet Mol")]
    public void AnAgeInTheParagraphAfterThePersonNamed_IsThem(string language, string first, string second, string speaker)
        => Assert.Equal(new[] { speaker, speaker }, QuoteSpeakers.Under("Nacht am Grat", LanguageLeads.For(language), first, second));
}
