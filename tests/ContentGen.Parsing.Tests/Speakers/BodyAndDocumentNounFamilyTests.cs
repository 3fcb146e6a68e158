namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S8 in every language: a body named by its noun (<c>la banca</c>, <c>la organización</c>,
/// <c>a autarquia</c>, <c>das Netzwerk</c>) speaks as the latest named organisation of a fitting
/// kind, and a document's noun (<c>el texto</c>, <c>la lettre</c>, <c>die Stellungnahme</c>) as
/// its issuer. English had the families (bank, organisation, agency, authority, network, letter,
/// statement); the other languages lacked their words, so the body or document gave no one.
/// </summary>
public sealed class BodyAndDocumentNounFamilyTests
{
    [Theory]
    [InlineData("it", "La banca Credito Valmonte ha chiuso la filiale di via Dante. «È una scelta dolorosa», spiega la banca.", "Credito Valmonte")]
    [InlineData("es", "La organización vecinal Barrios Unidos ha pedido más farolas. «La calle está a oscuras», sostiene la organización.", "Barrios Unidos")]
    [InlineData("es", "La naviera Transportes Marinos Sur cerrará su base. «El tráfico ha caído», justificó la naviera.", "Transportes Marinos Sur")]
    [InlineData("pt", "A organização Mãos Dadas recolheu mil assinaturas. «Não vamos desistir», garante a organização.", "Mãos Dadas")]
    [InlineData("fr", "La banque Crédit Valmorin ferme son agence du bourg. « Les clients ne viennent plus », explique la banque.", "Crédit Valmorin")]
    [InlineData("de", "Das Netzwerk Dorfläden Talgrund berät dreißig Läden. „Ein Laden lebt von Stammkunden“, sagte das Netzwerk.", "Netzwerk Dorfläden Talgrund")]
    [InlineData("nl", "De bank Spaarhuis Noord sluit het kantoor in het dorp. \"Er komt bijna niemand meer\", zegt de bank.", "Spaarhuis Noord")]
    public void ABodyNamedByItsNoun_IsTheOrganisationNamedWithIt(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // "a entidade", "la organización": a body of any kind is the organisation named last.
    [Theory]
    [InlineData("pt", "A empresa Águas do Vale Fundo cortou o abastecimento. «A reparação demora dois dias», informa a organização.", "Águas do Vale Fundo")]
    [InlineData("fr", "La société Transports Verlaine supprime la ligne 4. « Elle ne transporte plus personne », indique l'organisation.", "Transports Verlaine")]
    public void AnyBodyNoun_IsTheOrganisationNamedLast(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // German names a body with its noun ("der Verein Brückenfreunde"), as before.
    // A document's words are its issuer's: "advierte el texto" after the body that published it.
    [Theory]
    [InlineData("es", "El Ayuntamiento de Monteclaro ha colgado un aviso en los bares. «Quien no lo acredite será multado», advierte el texto.", "Ayuntamiento de Monteclaro")]
    [InlineData("it", "L'associazione Amici del Borgo ha scritto al sindaco. «Il parco va salvato», si legge nella lettera.", "Amici del Borgo")]
    [InlineData("de", "Das Netzwerk Dorfläden Talgrund hat den Vorstand gewarnt. „Ein Laden lebt von Stammkunden“, hieß es in der Stellungnahme.", "Netzwerk Dorfläden Talgrund")]
    public void ADocumentNamedByItsNoun_IsItsIssuers(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Guards: with no organisation named, the body's noun gives no one, never the person quoted before.
    [Theory]
    [InlineData("it", "«Vogliamo lo sportello», ha detto Paolo Fenu. «È una scelta dolorosa», spiega la banca.", "Paolo Fenu")]
    [InlineData("es", "«Queremos luz», dijo Pablo Ruiz. «La calle está a oscuras», sostiene la organización.", "Pablo Ruiz")]
    [InlineData("fr", "« Nous voulons le guichet », a dit Paul Morvan. « Les clients ne viennent plus », explique la banque.", "Paul Morvan")]
    public void ABodyWithNoOrganisationNamed_GivesNoOne(string language, string paragraph, string first)
        => Assert.Equal(new[] { first, null }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // A bank is no association: "la banca" never means a body named by another noun.
    [Fact]
    public void ABankNoun_DoesNotMeanAnAssociation()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.Italian, "L'associazione Amici del Borgo ha raccolto firme. «È una scelta dolorosa», spiega la banca."));

    // "el banco de la Plaza Mayor" is a bench too: a person's words after it stay hers.
    [Fact]
    public void ABenchNamedLikeABank_LeavesThePersonHerWords()
        => Assert.Equal(
            new[] { "Ana Gil" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "Ana Gil se sienta cada tarde en el banco de la Plaza Mayor. «Aquí vivo desde niña», dijo Ana Gil."));

    // "l'associazione Amici del Borgo": the name goes on over its link, where a person's name
    // stopped or left "del Norte" out as a place of origin.
    [Theory]
    [InlineData("it", "L'associazione Amici del Borgo ha raccolto firme. «Il parco va salvato», insiste l'associazione.", "Amici del Borgo")]
    [InlineData("es", "La asociación Amigos del Parque pide más sombra. «El verano es muy duro», sostiene la asociación.", "Amigos del Parque")]
    [InlineData("pt", "A associação Amigos da Ribeira juntou mil assinaturas. «Não vamos desistir», garante a associação.", "Amigos da Ribeira")]
    [InlineData("es", "La organización agraria Unión Ganadera del Norte ha pedido ayudas. «El campo se vacía», sostiene la organización.", "Unión Ganadera del Norte")]
    public void AnOrganisationsNameAfterItsNoun_GoesOnOverItsLink(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // A link before a lower-case word, or none, leaves the name as it was.
    [Theory]
    [InlineData("es", "La empresa Nubia Software de la comarca cerrará. «Es duro», dijo la empresa.", "Nubia Software")]
    [InlineData("it", "La ditta Edilnova di via Roma ha chiuso. «È duro», ha detto la ditta.", "Edilnova")]
    public void ALinkBeforeALowerCaseWord_EndsTheName(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));
}
