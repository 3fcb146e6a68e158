namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A bare name inside its sentence, after a preposition or a verb and with no article (`made by Pelmora`, `gebouwd door
/// Trivano`, `installata da Ventrelia`, `übernimmt Holtgrein`), set off by an appositive whose head is an
/// indefinite article and a firm's or company's noun (`a start-up`, `een netbeheerder`, `una società`, `ein
/// IT-Dienstleister`), names a firm, which the company's noun later means (issue 10, session 65). Beside them the
/// negatives, which must give no body: a place, a product or a ship apposed to a noun of no firm, a person described by a
/// role the firm's noun only qualifies (`a company director`), a person named in full after a speech verb, an appositive
/// with a definite article after a bare preposition. Invented sentences; paragraphs separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class BareNameApposedFirmTests
{
    [Theory]
    [InlineData("en", "The pouches are made by Pelmora, a start-up founded last year in Harwick. \"Schools tell us it works,\" the company said in a statement.", "Pelmora")]
    [InlineData("en", "The school software comes from Dunmarsh, a provider of cloud services. ¶ \"We are fixing the fault,\" the company said.", "Dunmarsh")]
    [InlineData("de", "Den Wiederaufbau übernimmt Holtgrein, ein IT-Dienstleister aus Passau. „Die Sicherungen sind unversehrt“, teilte das Unternehmen am Mittwoch mit.", "Holtgrein")]
    [InlineData("de", "Die Anlage stammt von Sorvat, einem Anbieter aus Kiel. ¶ „Wir prüfen den Fehler“, erklärte die Firma.", "Sorvat")]
    [InlineData("nl", "De app is gebouwd door Trivano, een start-up uit Deventer. ‘We werken aan een oplossing’, meldt het bedrijf in een verklaring.", "Trivano")]
    [InlineData("nl", "Het net wordt beheerd door Veldnet, een netbeheerder uit Zwolle. ¶ ‘We leggen een nieuwe kabel’, laat het bedrijf weten.", "Veldnet")]
    [InlineData("it", "La rete è stata installata da Ventrelia, una società di Como che si occupa di connettività. «Abbiamo raddoppiato i punti di accesso», fa sapere l'azienda in una nota.", "Ventrelia")]
    [InlineData("it", "Il servizio è gestito da Trasvia, un distributore di energia di Bergamo. ¶ «Le forniture riprenderanno lunedì», spiega la società.", "Trasvia")]
    [InlineData("es", "Los datos de unos 9.000 clientes de Dolmera, una empresa de Soria, quedaron expuestos. «Fue un error humano», admitió la empresa en un comunicado.", "Dolmera")]
    [InlineData("es", "La obra la ejecuta Cantalar, una constructora de Burgos. ¶ «Terminaremos en junio», explicó la empresa.", "Cantalar")]
    [InlineData("fr", "Les robots sont fabriqués par Calvane, une start-up nantaise. « Nous avons levé deux millions », explique la société.", "Calvane")]
    [InlineData("fr", "Le réseau est exploité par Thermaval, un opérateur privé. ¶ « Les tarifs suivent le prix du bois », précise l'entreprise.", "Thermaval")]
    [InlineData("pt", "O sistema foi desenvolvido por Lumara, uma start-up de Braga. «Estamos a corrigir a falha», informou a empresa.", "Lumara")]
    [InlineData("pt", "A rede é gerida por Ondavia, uma operadora de Viseu. ¶ «As obras acabam em julho», garantiu a empresa.", "Ondavia")]
    public void BareNameApposedToAFirmsNoun_IsTheFirmTheCompanysNounMeans(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // A place, a product and a ship, apposed to a noun of no firm.
    [InlineData("fr", "Le chantier a été confié à Valbois, une commune voisine. ¶ « Nous livrerons en mai », précise l'entreprise.", "-")]
    [InlineData("de", "Die Schüler nutzen Lernfix, eine App aus Kiel. ¶ „Wir prüfen den Fehler“, teilte das Unternehmen mit.", "-")]
    [InlineData("it", "Il carico è arrivato con Stella Polare, una nave portacontainer. ¶ «Nessun danno», spiega la società.", "-")]
    // A person whose role the firm's noun only qualifies.
    [InlineData("en", "The bins were designed by Marsh, a company director from Harwick. ¶ \"They work,\" the company said.", "-")]
    [InlineData("es", "La queja la firmó Robles, una empresaria de Soria. ¶ «Es injusto», explicó la empresa.", "-")]
    // A person named in full after a speech verb, described by a firm's noun.
    [InlineData("nl", "‘Het werkt’, zegt Anne Visser, een leverancier uit Zwolle. ¶ ‘We leveren volgende week’, meldt het bedrijf.", "Anne Visser|-")]
    [InlineData("en", "\"We were ready,\" said Tom Marsh, a supplier of spare parts. ¶ \"Sales fell,\" the company said.", "Tom Marsh|-")]
    // A definite article after a bare preposition may describe a place or a person: only the indefinite is read.
    [InlineData("pt", "A queixa foi feita por Penalva, a vila vizinha. ¶ «Vamos responder», garantiu a empresa.", "-")]
    // A person described by a worker's noun that the firm lists leave out for it: the person keeps their words.
    [InlineData("it", "Mario Ferrante, un operatore del porto, racconta: «Abbiamo lavorato tutta la notte». ¶ «Ora siamo stanchi», aggiunge.", "Mario Ferrante|Mario Ferrante")]
    [InlineData("es", "Luis Robles, un operador de grúa del puerto, contó: «Fue una noche larga». ¶ «Ahora toca descansar», añadió.", "Luis Robles|Luis Robles")]
    [InlineData("nl", "Jan Veltman, de exploitant van het strandpaviljoen, zegt: ‘We zijn alles kwijt.’ ¶ ‘Ik begin opnieuw’, zegt hij.", "Jan Veltman|Jan Veltman")]
    public void NoFirmApposedOrAPerson_TheNounMeansNoOne(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // The lexicons' firm nouns, completed in session 65, introduce a firm a company's noun later means (Cast.FirmOfTrade.cs).
    [Theory]
    [InlineData("en", "The operator Severnport will raise its fares in May. ¶ \"Fuel costs have doubled,\" the company said.", "Severnport")]
    [InlineData("en", "The start-up Pelmora has sold 4,000 pouches to schools. ¶ \"Demand has doubled,\" the company said in a statement.", "Pelmora")]
    [InlineData("fr", "Le prestataire Calvane a installé les bornes. ¶ « Elles fonctionnent », assure l'entreprise.", "Calvane")]
    [InlineData("de", "Der Dienstleister Holtgrein repariert die Server. ¶ „Wir liegen im Zeitplan“, teilte das Unternehmen mit.", "Holtgrein")]
    [InlineData("it", "Il fornitore Gasvalle ha alzato le tariffe. ¶ «I costi sono saliti», spiega la società.", "Gasvalle")]
    [InlineData("nl", "De netbeheerder Veldnet legt een nieuwe kabel. ¶ ‘Het werk duurt een jaar’, laat het bedrijf weten.", "Veldnet")]
    [InlineData("es", "El proveedor Dolmera subirá sus precios. ¶ «Los costes se han disparado», explicó la empresa.", "Dolmera")]
    [InlineData("pt", "O fornecedor Ondavia vai subir os preços. ¶ «Os custos aumentaram», informou a empresa.", "Ondavia")]
    public void FirmNounBeforeItsName_IsTheFirmTheCompanysNounMeans(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Fact]
    public void BarePersonNamedInFullAfterAPreposition_IsNoFirm()
        => QuoteSpeakers.Check("en", "The spare parts came from Tom Marsh, a supplier in Harwick. ¶ \"Sales fell,\" the company said.", "-");

    // A firm's noun after a preposition written with its article introduces the firm as after the article alone
    // (Romance languages; English, Dutch and German write the article apart and were read already).
    [Theory]
    [InlineData("pt", "Os clientes da operadora Ondavia ficaram sem rede durante dois dias. ¶ «As obras acabam em julho», garantiu a empresa.", "Ondavia")]
    [InlineData("es", "Los clientes del proveedor Dolmera recibirán una carta. ¶ «Nadie pagará de más», explicó la empresa.", "Dolmera")]
    [InlineData("it", "I clienti della startup Ventrelia sono rimasti senza rete. ¶ «Stiamo riparando il guasto», fa sapere l'azienda.", "Ventrelia")]
    [InlineData("fr", "Les abonnés du prestataire Calvane n'ont plus de chauffage. ¶ « Le réseau sera réparé lundi », assure l'entreprise.", "Calvane")]
    // Two firms of a trade named: the company's noun may mean either.
    [InlineData("pt", "Os clientes da operadora Ondavia e da operadora Lumara ficaram sem rede. ¶ «As obras acabam em julho», garantiu a empresa.", "-")]
    public void FirmNounAfterAContractedArticle_IsTheFirmTheCompanysNounMeans(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
