namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body named by a bare name with no body's word (`Nordfracht24`, `A Vialink`), as the subject opening its sentence,
/// then called back by a firm's noun (`teilte das Unternehmen mit`, `disse a operadora`, `the company said`; issue 10,
/// session 63): the name as the article first gives it speaks. Beside them the negatives, right before the rule and kept
/// so: a person as the subject (a first name alone, a name of two words), a place, a product, a body of another kind
/// named between, two bare names (either may be meant), and a noun of no firm. Invented sentences; paragraphs separated
/// by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class BareSubjectBodyTests
{
    [Theory]
    [InlineData("de", "Nordfracht24 stellt den Versand auf Elektrotransporter um. ¶ „Wir sparen so Diesel und Zeit“, teilte das Unternehmen mit.", "Nordfracht24")]
    [InlineData("de", "PaketFuchs baut im Lager Talheim 200 Stellen ab. ¶ „Der Schritt ist schmerzhaft“, erklärte die Firma.", "PaketFuchs")]
    [InlineData("nl", "Fietsplaza24 stopt met bezorgen op zondag. ¶ ‘Er is te weinig vraag,’ laat het bedrijf weten.", "Fietsplaza24")]
    [InlineData("nl", "BoekMaat sluit drie winkels in Oostmoor. ¶ ‘De huur is te hoog geworden,’ zegt het bedrijf.", "BoekMaat")]
    [InlineData("es", "Envíos24 despedirá a cuarenta trabajadores en Valdecea. ¶ «No había otra salida», explicó la empresa.", "Envíos24")]
    [InlineData("es", "La Ferronor cerrará su planta de Valdecea en marzo. ¶ «La demanda ha caído a la mitad», señaló la empresa.", "Ferronor")]
    [InlineData("fr", "La Transalpa ferme son dépôt de Valbois. ¶ « Le site n'est plus rentable », assure l'entreprise.", "Transalpa")]
    [InlineData("fr", "VéloCity va supprimer trente postes. ¶ « Nous n'avions pas le choix », indique la société.", "VéloCity")]
    [InlineData("it", "La Lumitel alza le tariffe da aprile. ¶ «I costi dell'energia sono saliti», spiega la società.", "Lumitel")]
    [InlineData("it", "Consegne24 chiude il magazzino di Valdora. ¶ «Abbiamo perso il cliente principale», fa sapere l'azienda.", "Consegne24")]
    [InlineData("pt", "A Correlux vai fechar a loja de Penalva. ¶ «As vendas caíram muito», afirmou a empresa.", "Correlux")]
    [InlineData("en", "ShopNest24 will close its Harwick warehouse next year. ¶ \"This was a difficult decision,\" the company said.", "ShopNest24")]
    [InlineData("en", "GreenKettle has recalled 4,000 kettles. ¶ \"Safety comes first,\" the firm said in a statement.", "GreenKettle")]
    public void BareNameOpeningItsSentence_IsTheFirmItsNounMeans(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A person as the subject: a first name alone, a name of two words.
    [InlineData("es", "Lucía cerró su tienda de Valdecea en marzo. ¶ «La demanda ha caído a la mitad», señaló la empresa.", "-")]
    [InlineData("es", "Ana Gil cerró su tienda de Valdecea en marzo. ¶ «Ya no podía más», señaló la empresa.", "-")]
    [InlineData("en", "Kelbrook will close its plant in Harwick. ¶ \"This was a difficult decision,\" the company said.", "-")]
    // A place as the subject.
    [InlineData("es", "Madrid decidió cerrar la planta de Valdecea. ¶ «La demanda ha caído», señaló la empresa.", "-")]
    [InlineData("de", "Talheim verliert sein letztes Werk. ¶ „Wir hatten keine Wahl“, teilte das Unternehmen mit.", "-")]
    // A product or a brand of something named: no speaker.
    [InlineData("en", "The Kelbrook X5 sold well last year. ¶ \"Demand was strong,\" the company said.", "-")]
    // A body of another kind named between.
    [InlineData("de", "Nordfracht24 stellt den Versand um. ¶ Die Stadt Talheim prüft die Pläne. ¶ „Wir sparen so Zeit“, teilte das Unternehmen mit.", "-")]
    // Two bare names: either may be meant.
    [InlineData("nl", "Fietsplaza24 stopt met bezorgen op zondag. ¶ Fietsdirect24 volgt in mei. ¶ ‘Er is te weinig vraag,’ laat het bedrijf weten.", "-")]
    [InlineData("pt", "A Vialink subiu os preços. ¶ A Correlux manteve os seus. ¶ «Os custos aumentaram», disse a operadora.", "-")]
    // Joined to a second name by a coordinator.
    [InlineData("es", "Envíos24 y Paquetería Veloz despedirán a cuarenta trabajadores. ¶ «No había otra salida», explicó la empresa.", "-")]
    // A noun of no firm.
    [InlineData("pt", "A Vialink subiu os preços de todos os tarifários. ¶ «Os custos aumentaram», disse a associação.", "-")]
    public void NoBareFirmOrMoreThanOne_TheNounMeansNoOne(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);
}
