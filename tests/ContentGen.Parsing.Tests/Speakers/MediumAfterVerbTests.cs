namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "», ha scritto su Facebook", "», escreveu no Instagram": where words were posted, after the
/// reporting verb, is no subject. Italian "su" and its articles ("sul", "sulla", "sull'") and
/// Portuguese "no", "na", "nos", "nas" ("em" with an article) bring in a medium as "sur", "en",
/// "on", "op" do; the subject after the medium, or the person named before, is the speaker.
/// </summary>
public sealed class MediumAfterVerbTests
{
    [Theory]
    [InlineData("Marco Rossi, 40 anni, è tornato a casa dopo sei mesi. «Sono felice», ha scritto su Instagram.", "Marco Rossi")]
    [InlineData("Marco Rossi è tornato a casa dopo sei mesi. «Sono felice», ha scritto sul suo profilo Facebook.", "Marco Rossi")]
    [InlineData("Marco Rossi è tornato a casa dopo sei mesi. «Sono felice», ha scritto su LinkedIn Paolo Neri.", "Paolo Neri")]
    [InlineData("Sofia Lopes, de 29 anos, foi a primeira. «Hoje volto a correr», escreveu no Instagram, numa publicação partilhada.", "Sofia Lopes")]
    [InlineData("Sofia Lopes foi a primeira. «Hoje volto a correr», escreveu no Facebook a jovem.", "jovem")]
    [InlineData("Sofia Lopes foi a primeira. «Hoje volto a correr», afirmou no Parlamento Rui Costa.", "Rui Costa")]
    public void AMediumAfterTheVerb_IsNoSpeaker(string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under("Probe title here", paragraph));

    // Guards: the same construction in the languages whose medium prepositions were listed before.
    [Theory]
    [InlineData("Julie Martin, 29 ans, a été la première. « Je cours de nouveau », a-t-elle écrit sur Facebook, dans un message partagé.", "Julie Martin")]
    [InlineData("Lucía Gómez, de 29 años, fue la primera. «Hoy vuelvo a correr», escribió en Facebook, en una publicación compartida.", "Lucía Gómez")]
    [InlineData("Julia Reed, 29, was the first. \"Today I run again,\" wrote Reed on Facebook.", "Julia Reed")]
    [InlineData("Julia de Vries (29) was de eerste. ‘Vandaag loop ik weer’, schreef De Vries op Facebook.", "Julia de Vries")]
    [InlineData("Julia Roth, 29, war die Erste. „Heute laufe ich wieder“, schrieb Roth auf Instagram.", "Julia Roth")]
    public void AMediumAfterTheVerb_InOtherLanguages_StaysNoSpeaker(string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under("Probe title here", paragraph));
}
