namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name after a preposition of place (the lexicons' <c>Locatives</c>: "in", "à", "en", "em", "te")
/// says where someone is, never who speaks: <c>a lawyer in Harbour said</c> is a lawyer, and
/// <c>la chorale, relogée à Montvert depuis l'incendie :</c> gives the quote to no town.
/// </summary>
public sealed class LocativePlaceTests
{
    [Theory]
    [InlineData("School crossing", "Many parents outside Brookfield School wrote to the council that the crossing was \"an accident waiting to happen\".")]
    [InlineData("Bus cuts", "Two pensioners near Ashcombe Green told the council the bus was \"their only link to town\".")]
    [InlineData("Fähre gekürzt", "Ein Händler in Brückenfeld sagte, die Kürzungen seien „eine Katastrophe“.")]
    [InlineData("Chorale relogée", "Les répétitions ont repris jeudi pour la chorale, relogée à Montvert depuis l'incendie : « Enfin une salle chauffée ! »")]
    public void APlaceAfterItsPreposition_SpeaksNot(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    // Someone unnamed near the place speaks, given by their noun (see Discourse.UnnamedIndefiniteSpeakerTests).
    [Theory]
    [InlineData("Recorte del ferry", "Un vecino en Robledal dijo: «Nos sentimos olvidados».", "vecino")]
    [InlineData("Traghetto ridotto", "Un residente in Roccalta ha detto: «Ci sentiamo dimenticati».", "residente")]
    [InlineData("Ferry cortado", "Um morador em Serrana disse: «Sentimo-nos esquecidos».", "morador")]
    [InlineData("Veerboot ingekort", "Een bewoner in Lindewaard zei: \"We voelen ons vergeten.\"", "bewoner")]
    public void SomeoneUnnamedNearAPlace_IsGivenByTheirNoun_NotThePlace(string headline, string paragraph, string noun)
        => Assert.Equal(new string?[] { noun }, QuoteSpeakers.Under(headline, paragraph));

    [Fact]
    public void TheRoleBeforeThePlace_IsWhoSpoke()
        => Assert.Equal(new[] { "nurse" }, QuoteSpeakers.Under("Ferry cuts", "A nurse in Easton said the cuts were \"a disgrace for the island\"."));

    // A spokesperson speaks for an organisation: after a preposition of place too, when the
    // words read as one (an article, an organisation's noun). German "im" is no preposition of place.
    [Theory]
    [InlineData("Bank plan", "A spokeswoman in the Acme Bank said the plan was \"dead\".", "Acme Bank")]
    [InlineData("Plan", "Eine Sprecherin im Rathaus sagte, der Plan sei „tot“.", "Rathaus")]
    [InlineData("Plan", "Ein Sprecher im Innenministerium sagte, der Plan sei „tot“.", "Innenministerium")]
    [InlineData("Piano", "Un portavoce in Prefettura ha detto che il piano è «morto».", "Prefettura")]
    public void ASpokespersonInAnOrganisation_SpeaksForIt(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    [InlineData("Bank plan", "A spokesman in Harbour said the plan was \"dead\".")]
    [InlineData("Piano", "Un portavoce in Roccalta ha detto che il piano è «morto».")]
    public void ASpokespersonInAPlace_SpeaksForNoOneNamed(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    // Only one German noun after its article is someone unnamed ("Ein Händler in …"): a name of
    // more words after "The" is an organisation's, and speaks.
    [Fact]
    public void AnOrganisationBeforeThePlace_StillSpeaks()
        => Assert.Equal(new[] { "Acme Bank" }, QuoteSpeakers.Under("Bank plan", "The Acme Bank in Harbour said the plan was \"closed for good\"."));

    [Fact]
    public void ANameBeforeThePlace_StillSpeaks()
        => Assert.Equal(new[] { "Jane Roe" }, QuoteSpeakers.Under("Ferry cuts", "Jane Roe in Harbour said: \"We will fight this at every council meeting.\""));

    [Fact]
    public void ANameAfterAnInsertOfPlace_StillSpeaks()
        => Assert.Equal(
            new[] { "Marie Lenoir" },
            QuoteSpeakers.Under("Ferry réduit", "Marie Lenoir, installée à Valmont depuis dix ans, a expliqué : « Il n'y a pas d'autre moyen d'arriver. »"));

    [Fact]
    public void AYearAfterIn_IsNoPlace_AndLeavesTheEarlierReading()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Poster row",
                "Jane Roe did not comment on the leaflet on Monday. Instead, she pointed to how Tom Baker had in 2001 complained about \"personal and nasty campaigning\"."));
}
