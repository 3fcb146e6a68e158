namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A firm's noun of its trade after a definite article, closing the cue ("«…», acrescentou a operadora", "añadió la
/// operadora", "ha spiegato il fornitore", "the supplier said"), is a body's noun there and means the firm the article
/// named by it (session 71, firm); before, it was no subject at all, and "disse a empresa" read while "acrescentou a
/// operadora" gave no one. A name set off after the noun is still its holder; a complement makes it a worker's trade.
/// Invented firms and sentences; paragraphs separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class FirmNounAtCueTests
{
    [Theory]
    [InlineData("pt", "A estrada fecha em maio na vila de Alvarim. ¶ Dezenas de clientes da operadora Lumavia queixam-se das faturas. «Todas as adesões são registadas», informou a Lumavia. «Qualquer cliente pode cancelar», acrescentou a operadora.", "Lumavia|Lumavia")]
    [InlineData("pt", "A estrada fecha em maio na vila de Alvarim. ¶ A transportadora Ferroval encerrou as bilheteiras. «A procura caiu», adiantou a transportadora em comunicado.", "Ferroval")]
    [InlineData("pt", "A estrada fecha em maio na vila de Alvarim. ¶ A operadora Lumavia subiu os preços. O sindicato protesta. «A procura caiu», acrescentou a operadora.", "Lumavia")]
    [InlineData("es", "La carretera cierra en mayo en el pueblo de Alvarim. ¶ La operadora Lumavia subió los precios. «La demanda cayó», añadió la operadora.", "Lumavia")]
    [InlineData("fr", "La route ferme en mai dans le village d'Alvarim. ¶ Le fournisseur Lumavia a relevé ses prix. « La demande a baissé », a précisé le fournisseur.", "Lumavia")]
    [InlineData("it", "La strada chiude a maggio nel paese di Alvarim. ¶ Il fornitore Lumavia ha alzato i prezzi. «La domanda è calata», ha spiegato il fornitore.", "Lumavia")]
    [InlineData("de", "Die Straße wird im Mai im Dorf Alvarim gesperrt. ¶ Der Hersteller Lumavia hat die Preise erhöht. „Die Nachfrage ist gesunken“, teilte der Hersteller mit.", "Lumavia")]
    [InlineData("en", "The road closes in May in the village of Alvarim. ¶ The supplier Lumavia raised its prices. \"Demand fell,\" the supplier said.", "Lumavia")]
    // A name set off after the noun, a phrase between the verb and it: still the noun's holder.
    [InlineData("pt", "A estrada fecha em maio na vila de Alvarim. ¶ As obras obrigam a cortar o troço. «Os trabalhos são imprescindíveis», informou em comunicado a operadora, Ferrovias do Alfaranje.", "Ferrovias do Alfaranje")]
    [InlineData("es", "La carretera cierra en mayo en el pueblo de Alvarim. ¶ Las obras obligan a cortar el tramo. «Los trabajos son imprescindibles», informó en un comunicado la operadora, Trenes del Alfaranje.", "Trenes del Alfaranje")]
    public void FirmNounAtCue_IsTheFirmItNamed(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A worker's trade of the same word, with its complement: no firm of its kind was named, so no one.
    [InlineData("pt", "A estrada fecha em maio na vila de Alvarim. ¶ Rita Sousa trabalha como operadora de caixa no Supermercado Alvor. «Ninguém nos avisou», contou a operadora.", "-")]
    [InlineData("es", "La carretera cierra en mayo en el pueblo de Alvarim. ¶ Rosa Gil trabaja como operadora de grúa en el puerto de Alvarim. «Nadie nos avisó», contó la operadora.", "-")]
    // A person who runs or supplies something, no firm named: no one.
    [InlineData("de", "Die Straße wird im Mai im Dorf Alvarim gesperrt. ¶ Karl Huber betreibt den Kiosk am Bahnhof. „Die Nachfrage ist gesunken“, sagte der Betreiber.", "-")]
    [InlineData("en", "The road closes in May in the village of Alvarim. ¶ Tom Baxter has supplied the market for years. \"Demand fell,\" the supplier said.", "-")]
    // A firm named by another kind's noun, a body of another kind between.
    [InlineData("pt", "A estrada fecha em maio na vila de Alvarim. ¶ A empresa Lumavia subiu os preços. A associação Rio Vivo protesta. «A procura caiu», acrescentou a operadora.", "-")]
    // A firm named by another firm's noun is not meant by this one.
    [InlineData("es", "La carretera cierra en mayo en el pueblo de Alvarim. ¶ La eléctrica Lumavia subió los precios. «La demanda cayó», explicó la distribuidora.", "-")]
    [InlineData("es", "La carretera cierra en mayo en el pueblo de Alvarim. ¶ La distribuidora Lumavia subió los precios. «La demanda cayó», dijo la comercializadora.", "-")]
    public void FirmNounAtCue_WithNoFirmOfItsKind_IsNoOne(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);
}
