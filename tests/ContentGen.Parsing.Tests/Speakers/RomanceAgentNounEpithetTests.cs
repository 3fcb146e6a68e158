namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Spanish, Italian, Portuguese and French read a trade no list holds by the ending of its noun, as
/// German and Dutch do (AgentNounEndings: "-ador", "-ista", "-trice", "-icien"): after a definite
/// article at the cue ("insistió la inspectora", "spiega la viticoltrice", "diz o calafetador",
/// "a souri le technicien") it means the person the sentence just before named alone. An ending
/// both lists hold ("-ista", "-iste") is either gender's form. Stopped by: a thing's noun with such
/// an ending ("publica la revista"), a body as the subject before, two people named before, and a
/// name of three capitalised words the ending would lend ("la inspectora de Trabajo X Y Z").
/// </summary>
public sealed class RomanceAgentNounEpithetTests
{
    [Theory]
    [InlineData("es", "Rosa Vidal lleva veinte años revisando andamios en las obras del puerto. «Nadie quiere pagar la seguridad», insistió la inspectora.", "Rosa Vidal")]
    [InlineData("es", "Tomás Ferrer monta tejados desde los dieciséis años. «El oficio se pierde», explica el aparejador.", "Tomás Ferrer")]
    [InlineData("es", "Lucía Pardo toca cada noche en el bar del puerto. «La música me salvó», asegura la guitarrista.", "Lucía Pardo")]
    [InlineData("it", "Chiara Bonetti coltiva uva da trent'anni sulle colline. «Quest'anno la grandine ci ha risparmiato», spiega la viticoltrice.", "Chiara Bonetti")]
    [InlineData("pt", "João Pinto faz barcos de madeira há quarenta anos. “Já não há madeira boa”, diz o calafetador.", "João Pinto")]
    [InlineData("fr", "Thierry Castanet avait demandé à ses coureurs de rester groupés. « Il ne m'a pas écouté », a souri le technicien.", "Thierry Castanet")]
    [InlineData("fr", "Mathis Loubet a attaqué dans la dernière côte. « Je n'avais rien prévu », a raconté le vainqueur.", "Mathis Loubet")]
    public void AnUnlistedTradeAfterItsArticle_MeansThePersonJustNamed(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("En el pueblo", LanguageLeads.For(language), paragraph));

    // The stops: a thing's noun with an agent's ending, a body as the subject before, two people
    // named before, a name of three capitalised words or more.
    [Theory]
    [InlineData("es", "Pedro Gil presentó el estudio en la feria. «Los datos son claros», publica la revista.")]
    [InlineData("es", "Rosa Vidal habló el lunes con Tomás Ferrer. «Nadie quiere pagar la seguridad», insistió la inspectora.")]
    [InlineData("es", "La inspectora de Trabajo Rosa Vidal Soler revisó los andamios. «Nadie quiere pagar la seguridad», insistió la inspectora.")]
    [InlineData("pt", "O sindicato apresentou ontem as contas. “Hoje ninguém quer aprender o ofício”, lamenta a cabeleireira.")]
    [InlineData("it", "Chiara Bonetti ha presentato i dati del quartiere. «Nessuno ci ascolta», protesta il settore.")]
    [InlineData("fr", "La fédération a présenté ses comptes lundi. « Personne ne nous écoute », a regretté le technicien.")]
    public void TheQuote_HasNoTradeSpeaker(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("En el pueblo", LanguageLeads.For(language), paragraph)[^1]);

    // German "-erin" and "-er", Dutch "-ster" and "-er" are two endings, each of one gender: the
    // either-gender reading leaves them as they were ("sagen die Schäfer" stays the plural).
    [Fact]
    public void AGermanPluralBeforeAMansForm_StaysNoOne()
        => Assert.Null(QuoteSpeakers.Under("Im Dorf", LanguageLeads.German,
            "Max Brenninger hat seine übrigen Schafe in den Stall geholt. „Wir machen weiter“, sagen die Schäfer.")[^1]);
}
