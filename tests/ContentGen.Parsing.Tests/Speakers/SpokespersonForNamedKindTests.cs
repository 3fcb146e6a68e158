namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "A spokesman for the regulator Fairwater", "un portavoz de la empresa Aguas del Norte": a noun
/// saying what kind of body follows, then the body's name. The spokesperson speaks for the name,
/// as for "a spokesman for Fairwater", and a later "the spokesman" is the same unnamed voice, not
/// the person named before. A day after the noun, or a titled person, is no body's name.
/// </summary>
public sealed class SpokespersonForNamedKindTests
{
    private const string Councillor = "Jane Roe, a councillor, spoke at the meeting on Tuesday. \"Waiting is the worst outcome,\" she said.";

    [Theory]
    [InlineData("Water bills", Councillor + " A spokesman for the regulator Fairwater said: \"Customers should not pay for overruns.\"", "Fairwater")]
    [InlineData("Water bills", Councillor + " \"Customers should not pay for overruns,\" said a spokeswoman for the insurer Fairwater.", "Fairwater")]
    [InlineData("Tarifas", "La concejala Ana Gil habló el martes en el pleno. «Esperar es lo peor», dijo. Un portavoz de la empresa Aguas del Norte dijo: «Los clientes no pagarán.»", "Aguas del Norte")]
    [InlineData("Tarifas", "A vereadora Ana Sousa falou na terça-feira. «Esperar é o pior», disse. Um porta-voz da seguradora Mútua do Norte disse: «Os clientes não vão pagar.»", "Mútua do Norte")]
    [InlineData("Tarifs", "La conseillère Anne Roux a parlé mardi. « Attendre est le pire », a-t-elle dit. Un porte-parole du régulateur Énergie Claire a déclaré : « Les clients ne paieront pas. »", "Énergie Claire")]
    [InlineData("Tariffe", "L'assessora Anna Rossi ha parlato martedì. «Aspettare è il peggio», ha detto. Un portavoce del regolatore Acque Chiare ha dichiarato: «I clienti non pagheranno.»", "Acque Chiare")]
    [InlineData("Tarieven", "Wethouder Anouk de Vries sprak dinsdag. \"Wachten is het ergste,\" zei ze. Een woordvoerder van toezichthouder Waterwacht zei: \"Klanten gaan niet betalen.\"", "Waterwacht")]
    public void TheNameAfterTheBodysKindNoun_Speaks(string headline, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, paragraph)[^1]);

    // "the spokesman" after "A spokesman for the regulator Fairwater said …" is that unnamed voice,
    // not the councillor who spoke before.
    [Fact]
    public void TheSpokesmanLater_IsTheBodysVoice()
        => Assert.Equal(
            new[] { "Jane Roe", "Fairwater" },
            QuoteSpeakers.Under("Water bills", Councillor, "A spokesman for the regulator Fairwater said it would review the costs. \"Customers should not pay for overruns,\" the spokesman said."));

    // Guard: a day after the noun says when, and the body is the one named before.
    [Fact]
    public void ADayAfterTheNoun_IsNoBodysName()
        => Assert.Equal(
            "Acme Ferries",
            QuoteSpeakers.Under("Ferry timetable", "Acme Ferries cut its timetable. " + Councillor + " A spokeswoman for the company on Monday said: \"We will not comment.\"")[^1]);

    // Guard: a titled person after the noun is no body; the quote is the company's or no one's, never his.
    [Fact]
    public void ATitledPersonAfterTheNoun_IsNoBodysName()
        => Assert.True(
            QuoteSpeakers.Under("Ferry timetable", "Acme Ferries cut its timetable. Jane Roe, a councillor, spoke on Tuesday. A spokeswoman for the company Mr Baker founded said: \"We will not comment.\"")[^1] is null or "Acme Ferries");
}
