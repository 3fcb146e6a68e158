using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The web often drops the first hyphen of a French inversion: "», a t-elle regretté", "», va t-il
/// falloir". The verb, its joint ("t") and the pronoun are read as one inverted verb, as
/// "a-t-elle" is; a hyphened word that ends in no pronoun ("un t-shirt") stays apart.
/// </summary>
public sealed class MisspeltInversionTests
{
    private const string Named = "Lise Vautier préside la coopérative depuis six ans.";

    [Theory]
    [InlineData("« Les abricots pourrissent sur les branches », a t-elle regretté jeudi.")]
    [InlineData("« Les abricots pourrissent sur les branches », a-t-elle regretté jeudi.")]
    public void AnInversionWithoutItsFirstHyphen_ReadsAsTheInversion(string quoted)
        => Assert.Equal(new[] { "Lise Vautier" }, QuoteSpeakers.Under("Récoltes", LanguageLeads.French, Named + " " + quoted));

    [Fact]
    public void AMansInversionWithoutItsFirstHyphen_ReadsAsTheInversion()
        => Assert.Equal(
            new[] { "Paul Roux" },
            QuoteSpeakers.Under("Récoltes", LanguageLeads.French, "Paul Roux préside la coopérative depuis six ans. « Les abricots pourrissent sur les branches », a t-il regretté jeudi."));

    [Theory]
    [InlineData("Le garçon a t-shirt", "a")]
    [InlineData("Selon elle, a t-elle", "a t-elle")]
    [InlineData("Selon elle, a telle", "a")]
    [InlineData("Selon elle, a t-ellebore", "a")]
    public void OnlyAJointAndAPronoun_JoinTheVerb(string text, string verb)
        => Assert.Contains(verb, Token.Read(text, QuoteScanner.Scan(text).Quotes, new List<Token>(), SpeechTables.For("fr")).Select(token => token.Text));

    [Fact]
    public void WithoutALexicon_NothingIsJoined()
        => Assert.DoesNotContain("a t-elle", Token.Read("Selon elle, a t-elle", QuoteScanner.Scan("Selon elle, a t-elle").Quotes, new List<Token>()).Select(token => token.Text));
}
