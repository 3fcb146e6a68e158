namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// French writes a politician by an epithet: "l'homme politique", "la femme politique", and a
/// party's adjective as the noun right after its article ("le social-démocrate", "l'écologiste",
/// "le centriste"), all office epithets of an elected member (the lexicons' OfficeEpithets, read
/// with the article elided into the phrase too). As a speaker each means the holder, else the
/// salient person, as "l'élu" does; before, no one. After another noun the adjective is no
/// epithet ("le groupe écologiste", "le Parti socialiste").
/// </summary>
public sealed class PoliticianEpithetTests
{
    private const string Named = "Lise Vautier, conseillère régionale, a présenté lundi son plan pour les quais du port.";

    [Theory]
    [InlineData("« Le port doit rouvrir avant l'été », a insisté l'homme politique devant la presse locale.")]
    [InlineData("« Le port doit rouvrir avant l'été », a insisté l’homme politique.")]
    [InlineData("Le lendemain, la sociale-démocrate écrivait : « Le port doit rouvrir avant l'été. »")]
    [InlineData("« Le port doit rouvrir avant l'été », a lancé la centriste.")]
    [InlineData("« Le port doit rouvrir avant l'été », a lancé l'écologiste.")]
    public void APoliticiansEpithet_MeansThePoliticianNamed(string quoted)
        => Assert.Equal(new[] { "Lise Vautier" }, QuoteSpeakers.Under("Port", LanguageLeads.French + " " + Named + " " + quoted));

    [Fact]
    public void AWomanPoliticiansEpithet_MeansThePoliticianNamed()
        => Assert.Equal(
            new[] { "Lise Vautier" },
            QuoteSpeakers.Under("Port", LanguageLeads.French + " " + Named + " « Le port doit rouvrir avant l'été », a insisté la femme politique."));

    // Guards: the words before a name, or a party's adjective after another noun, read as before.
    [Theory]
    [InlineData("« Le port doit rouvrir avant l'été », a insisté le député centriste Marc Vidal.", "Marc Vidal")]
    [InlineData("« Le port doit rouvrir avant l'été », a insisté l'homme politique Marc Vidal.", "Marc Vidal")]
    public void AnEpithetBeforeAName_IsThatName(string quoted, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Port", LanguageLeads.French + " " + Named + " " + quoted));

    [Theory]
    [InlineData("« C'est un scandale », a dénoncé le groupe écologiste.")]
    [InlineData("« C'est un scandale », a réagi l'opposition socialiste.")]
    [InlineData("« C'est un scandale », selon la liste écologiste.")]
    [InlineData("Pour la majorité centriste, le projet est « mort ».")]
    public void APartysAdjectiveAfterANoun_IsNoEpithet(string quoted)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Port", LanguageLeads.French + " Le maire Paul Roux a ouvert la séance lundi soir.", quoted));

    [Fact]
    public void AParty_IsNotTheMayor()
        => Assert.NotEqual(
            "Paul Roux",
            QuoteSpeakers.Under("Port", LanguageLeads.French + " Le maire Paul Roux a ouvert la séance lundi soir.", "« C'est un scandale », estime le Parti socialiste dans un communiqué.")[0]);
}
