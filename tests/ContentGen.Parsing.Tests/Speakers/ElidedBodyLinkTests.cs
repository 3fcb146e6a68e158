namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body's capitalised name that its noun opens goes on over a French link whose article is
/// elided into the next capitalised word ("Conseil Régional de l'Artisanat", "Conseil d'État"),
/// in a French article or an English one. Cut at the link, the words before it had read as a
/// person's name and the rest as where that person works.
/// </summary>
public sealed class ElidedBodyLinkTests
{
    [Theory]
    [InlineData("fr", "Le Conseil Régional de l'Artisanat a déclaré : « Nous suivons le dossier. »", "Conseil Régional de l'Artisanat")]
    [InlineData("fr", "Le Conseil d'Arbitrage a déclaré : « Nous suivons le dossier. »", "Conseil d'Arbitrage")]
    [InlineData("en", "The Conseil Regional de l'Artisanat said: \"We are following the case.\"", "Conseil Regional de l'Artisanat")]
    [InlineData("en", "The Conseil Regional de l'Artisanat (CRA) said: \"We are following the case.\"", "Conseil Regional de l'Artisanat")]
    [InlineData("en", "The Conseil d'Arbitrage said: \"We are following the case.\"", "Conseil d'Arbitrage")]
    public void ABodysNameThatItsNounOpens_GoesOnOverAnElidedLink(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Stops: a run that no body's noun opens is a person's name, and the link after it says where
    // the person works, elided or not.
    [Theory]
    [InlineData("fr", "« Nous suivons le dossier », a déclaré Paul Roux de l'Association Valmont.", "Paul Roux")]
    [InlineData("fr", "« Nous suivons le dossier », a déclaré Paul Roux de la Chambre Valmont.", "Paul Roux")]
    [InlineData("en", "\"We are following the case,\" said Paul Roux de l'Artisanat.", "Paul Roux")]
    public void ALinkAfterAPersonsName_StaysOutsideIt(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));
}
