namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body named in full that speaks, then is called back by its kind (issue 10, session 62): the kind noun as the
/// subject of a speech verb after the quote, with a statement's noun or a time after it ("indicó la empresa en una
/// nota", "teilte das Unternehmen am Montag mit", "the company said in a statement"). The speaker is the body's full
/// name as the article first gives it. Invented sentences, other bodies, kinds and verbs than the articles that
/// showed the class; paragraphs separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class BodyCalledBackTests
{
    [Theory]
    // The kind noun after the verb, a statement's noun after it.
    [InlineData("es", "La constructora Torrealba ha paralizado las obras del puerto. ¶ «Los costes se han disparado», explicó la empresa en un comunicado.", "Torrealba")]
    [InlineData("es", "La asociación Vecinos del Ensanche ha recogido mil firmas. ¶ «No vamos a parar», advierte la asociación en una nota.", "Vecinos del Ensanche")]
    [InlineData("it", "La cooperativa Sole Verde ha chiuso il magazzino di Lugo. ¶ «I costi non sono più sostenibili», spiega la cooperativa in un comunicato.", "Sole Verde")]
    [InlineData("it", "L'associazione Borgo Pulito ha raccolto mille firme. ¶ «Non ci fermeremo», fa sapere l'associazione in una nota.", "Borgo Pulito")]
    [InlineData("pt", "A construtora Pedralva suspendeu as obras do porto. ¶ «Os custos dispararam», adianta a empresa em comunicado.", "Pedralva")]
    [InlineData("pt", "A associação Rio Limpo recolheu mil assinaturas. ¶ «Não vamos parar», refere a associação em nota.", "Rio Limpo")]
    [InlineData("fr", "La société Transalp Fret a fermé son dépôt de Vienne. ¶ « Les coûts ne sont plus tenables », précise l'entreprise dans un communiqué.", "Transalp Fret")]
    [InlineData("fr", "L'association Quartiers Verts a recueilli mille signatures. ¶ « Nous ne lâcherons rien », prévient l'association dans une lettre.", "Quartiers Verts")]
    [InlineData("nl", "De vereniging Groen Dorp heeft duizend handtekeningen verzameld. ¶ ‘We geven niet op’, aldus de vereniging in een persbericht.", "Groen Dorp")]
    [InlineData("en", "The haulage firm Northway closed its depot in Leeds on Friday. ¶ \"Costs are no longer bearable,\" the company said in a statement.", "Northway")]
    [InlineData("en", "The charity Clean Rivers collected a thousand signatures. ¶ \"We will not give up,\" the charity warned in a letter to members.", "Clean Rivers")]
    // The kind noun after the verb, a time after it.
    [InlineData("es", "La constructora Torrealba ha paralizado las obras del puerto. ¶ «Los costes se han disparado», explicó la empresa el lunes.", "Torrealba")]
    [InlineData("it", "La cooperativa Sole Verde ha chiuso il magazzino di Lugo. ¶ «I costi non sono più sostenibili», spiega la cooperativa lunedì.", "Sole Verde")]
    // The kind noun alone after the verb (read since session 61 where the kind is the one named).
    [InlineData("es", "La constructora Torrealba ha paralizado las obras del puerto. ¶ «Los costes se han disparado», explicó la empresa.", "Torrealba")]
    [InlineData("pt", "A associação Rio Limpo recolheu mil assinaturas. ¶ «Não vamos parar», refere a associação.", "Rio Limpo")]
    [InlineData("en", "The charity Clean Rivers collected a thousand signatures. ¶ \"We will not give up,\" the charity said.", "Clean Rivers")]
    // A firm introduced by the noun of its trade, then called back by a company's noun.
    [InlineData("de", "Der Netzbetreiber Nordstrom rechnet erst am Freitag mit Strom für alle. ¶ „Die Schäden sind groß“, teilte das Unternehmen am Montag mit.", "Nordstrom")]
    [InlineData("de", "Der Hersteller Kaltwerk verlegt seine Produktion nach Polen. ¶ „Der Standort ist zu teuer“, erklärte das Unternehmen in einer Mitteilung.", "Kaltwerk")]
    [InlineData("es", "La distribuidora Almacenes Ruiz cerrará tres tiendas. ¶ «Las ventas han caído un tercio», indicó la compañía en una nota.", "Almacenes Ruiz")]
    [InlineData("it", "La concessionaria Autovie Alte ha alzato i pedaggi. ¶ «I costi di manutenzione sono raddoppiati», spiega la società in una nota.", "Autovie Alte")]
    [InlineData("pt", "A transportadora Rodonorte vai fechar o armazém de Braga. ¶ «Os custos são incomportáveis», adianta a empresa em comunicado.", "Rodonorte")]
    [InlineData("fr", "Le fournisseur Énergie Claire augmente ses tarifs. ¶ « Le prix du gaz a doublé », précise l'entreprise dans un communiqué.", "Énergie Claire")]
    [InlineData("nl", "De leverancier Groenstroom verhoogt zijn tarieven. ¶ ‘De gasprijs is verdubbeld’, laat het bedrijf weten in een verklaring.", "Groenstroom")]
    [InlineData("en", "The manufacturer Kelbrook will move production to Poland. ¶ \"The site is too expensive,\" the company said in a statement.", "Kelbrook")]
    public void KindNounAfterTheQuote_IsTheBodyNamedBefore(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // Two bodies of the same kind named before: the kind noun means neither.
    [InlineData("es", "La constructora Torrealba y la constructora Villamar se disputan la obra. ¶ «Los costes se han disparado», explicó la empresa en un comunicado.", "-")]
    [InlineData("en", "The supplier Northgas raised its prices, and the supplier Brightwatt followed. ¶ \"Costs have doubled,\" the company said in a statement.", "-")]
    [InlineData("es", "La distribuidora Almacenes Ruiz y la distribuidora Casa Prado cerrarán tiendas. ¶ «Las ventas han caído», indicó la compañía en una nota.", "-")]
    // The kind noun as the object, or in a place phrase: the person named speaks.
    [InlineData("en", "The haulage firm Northway closed its depot in Leeds. ¶ \"We were never told,\" Jane Moss said, criticising the company.", "Jane Moss")]
    [InlineData("de", "Der Hersteller Kaltwerk verlegt seine Produktion nach Polen. ¶ „Das hat uns niemand gesagt“, sagte Jana Roth über das Unternehmen.", "Jana Roth")]
    // A person named as the statement's author.
    [InlineData("es", "La constructora Torrealba ha paralizado las obras del puerto. ¶ «Los costes se han disparado», explicó en una nota su director, Pablo Ruiz.", "Pablo Ruiz")]
    public void KindNounNotTheBody_LeavesTheSpeaker(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);
}
