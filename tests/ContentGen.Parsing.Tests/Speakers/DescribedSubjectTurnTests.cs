namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Something or someone described between commas after an indefinite article, as the sentence's
/// subject ("Een vaste klant, al dertig jaar aan de bar, heeft …", "Sur le parking, un cariste, qui
/// préfère rester anonyme, fait …"), ends the last speaker's turn whatever its noun: a quote with no
/// cue after it is no longer read as going on with the speaker before. Before, only a noun the
/// lexicons know as a person's (a role, a title, a profession) ended it.
/// </summary>
public sealed class DescribedSubjectTurnTests
{
    [Theory]
    [InlineData("fr", "« Nous fermerons en mars », a annoncé Paul Morel, le directeur.", "Sur le parking, un cariste, qui préfère rester anonyme, fait ses comptes. « J’ai 54 ans. Qui va m’embaucher ? »")]
    [InlineData("nl", "\"We sluiten in maart\", zei Paul de Wit.", "Een vaste klant, al dertig jaar aan de bar, heeft weinig vertrouwen in het plan. \"Dan gaan er twintig mensen vergaderen over de vloer.\"")]
    [InlineData("en", "\"We will close in March,\" said Tom Baker.", "A regular customer, at the bar for thirty years, has little faith in the plan. \"Twenty people will meet about who mops the floor.\"")]
    [InlineData("es", "«Cerraremos en marzo», dijo Pablo Ruiz.", "En el aparcamiento, un carretillero, que prefiere no dar su nombre, hace cuentas. «Tengo 54 años. ¿Quién me va a contratar?»")]
    public void AQuoteAfterADescribedIndefiniteSubject_DoesNotGoOnWithTheLastSpeaker(string language, string first, string second)
        => Assert.Null(QuoteSpeakers.Under("Probe", Lead(language), first, second).Last());

    // Guard: a subject opened by a definite article is something the article spoke of before, and
    // the quote after it goes on with the speaker as before.
    [Fact]
    public void ADescribedDefiniteSubject_LeavesTheTurnToTheLastSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"We will close in March,\" said Tom Baker.", "The bar, open for thirty years, has few customers left. \"Nobody comes any more in the winter.\""));

    // Someone described so who reports (a reporting verb after the insert) is a person, whatever
    // the noun: a later pronoun or dropped subject may be theirs, and no longer the last speaker's.
    [Theory]
    [InlineData("en", "\"We will close in March,\" said Tom Baker.", "A welder at the yard, who asked not to be named, said his two sons also work there. \"If this closes, the whole family goes,\" he added.")]
    [InlineData("pt", "“Vamos fechar em março”, disse Paulo Reis.", "Um soldador com trinta anos de casa, que pediu para não ser identificado, contou que os dois filhos também trabalham no estaleiro. “Se isto fecha, fecha a família inteira”, desabafou.")]
    [InlineData("es", "«Cerraremos en marzo», dijo Pablo Ruiz.", "Un soldador del astillero, que pidió no ser identificado, contó que sus dos hijos también trabajan allí. «Si esto cierra, cierra la familia entera», lamentó.")]
    public void APronounAfterADescribedReporter_IsNotTheLastSpeaker(string language, string first, string second)
        => Assert.Null(QuoteSpeakers.Under("Probe", Lead(language), first, second).Last());

    // Guard: a described subject that does not report leaves whom a pronoun means as it was.
    [Fact]
    public void APronounAfterADescribedSubjectThatDoesNotReport_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Probe", Lead("en"), "\"We will close in March,\" said Tom Baker.", "A welder at the yard, who asked not to be named, has two sons there too. \"If this closes, the whole family goes,\" he added."));

    private static string Lead(string language) => language switch
    {
        "fr" => LanguageLeads.French,
        "es" => LanguageLeads.Spanish,
        "nl" => LanguageLeads.Dutch,
        "pt" => LanguageLeads.Portuguese,
        _ => "The harbour will close for two months, the company that runs it said on Monday, and local fishermen are angry about it.",
    };
}
