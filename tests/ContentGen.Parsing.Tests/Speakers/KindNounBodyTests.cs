namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Organisations speak as often as people, and an article names one again by its kind: "the airline
/// said", "le groupe assure", "das Unternehmen teilte mit", "la empresa explicó", "l'azienda ha
/// precisato", "a autarquia garantiu", "de gemeente laat weten". The quote is the body's that the
/// article named earlier as of that kind (by its name's own noun, by the noun before its name, or by
/// an appositive), even with someone else named in between; a town's council speaks as the town
/// ("gemeente X", "Stadt X", "comune di X"). Probes of session 56, in every language, each in other
/// words than the article that showed the construction.
/// </summary>
public sealed class KindNounBodyTests
{
    // The body's noun before its name; a person named in between; the noun alone says the quote.
    [Theory]
    [InlineData("en", "Routes cut", "The airline Skyline Air will cut four routes from the spring. Union official Tom Green called the move short-sighted.", "\"Demand has fallen since the summer,\" the airline said.", "Skyline Air")]
    [InlineData("en", "Ferry fares", "The ferry operator Northwave raised its fares on Monday. Passenger group chair Ann Lyle said many islanders could not pay.", "\"Fuel costs have doubled,\" the operator said.", "Northwave")]
    [InlineData("fr", "Usine fermée", "Le groupe Valmont va fermer son usine de Brienne. Le délégué syndical Paul Mercier parle d'un choc pour la vallée.", "« La demande a chuté de moitié », assure le groupe.", "Valmont")]
    [InlineData("de", "Stellenabbau", "Das Unternehmen Kroll Metall will in Lindau achtzig Stellen streichen. Betriebsrat Peter Hahn sprach von einem schwarzen Tag.", "„Die Nachfrage ist eingebrochen“, teilte das Unternehmen mit.", "Unternehmen Kroll Metall")]
    [InlineData("es", "Cierre", "La empresa Tubalis cerrará su planta de Soria en marzo. El alcalde, Luis Ortega, pidió una reunión urgente.", "«La demanda ha caído a la mitad», explicó la empresa.", "Tubalis")]
    [InlineData("it", "Chiusura", "L'azienda Plastivalle chiuderà lo stabilimento di Brenno a fine anno. Il sindaco Marco Rinaldi ha chiesto un incontro.", "«La domanda è crollata», ha precisato l'azienda.", "Plastivalle")]
    [InlineData("pt", "Fecho", "A empresa Tubalis vai fechar a fábrica de Vila Fria em março. O presidente da junta, Rui Matos, pediu uma reunião.", "«A procura caiu para metade», garantiu a empresa.", "Tubalis")]
    [InlineData("nl", "Sluiting", "Het bedrijf Vlotman sluit in maart de fabriek in Harwijk. Wethouder Els Smit noemt het een zware klap.", "„De vraag is gehalveerd”, laat het bedrijf weten.", "Vlotman")]
    public void TheNounBeforeTheName_NamesTheBodyAgain(string language, string headline, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));

    // The body introduced by an appositive that says its kind.
    [Theory]
    [InlineData("en", "Routes cut", "Skyline Air, a regional airline based in Harwick, will cut four routes. Union official Tom Green called the move short-sighted.", "\"Demand has fallen since the summer,\" the airline said.", "Skyline Air")]
    [InlineData("pt", "Fecho", "A Tubalis, uma empresa de tubos de Vila Fria, vai fechar a fábrica. O presidente da junta, Rui Matos, pediu uma reunião.", "«A procura caiu para metade», garantiu a empresa.", "Tubalis")]
    [InlineData("nl", "Sluiting", "Vlotman, een bedrijf uit Harwijk dat dozen maakt, sluit in maart de fabriek. Wethouder Els Smit noemt het een zware klap.", "„De vraag is gehalveerd”, laat het bedrijf weten.", "Vlotman")]
    public void AnAppositiveOfItsKind_NamesTheBodyAgain(string language, string headline, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));

    // The body's statement goes on in a relative clause after the noun.
    [Theory]
    [InlineData("en", "Routes cut", "The airline Skyline Air will cut four routes from the spring.", "\"Demand has fallen since the summer,\" said the airline, which flies to twelve cities.", "Skyline Air")]
    [InlineData("fr", "Usine fermée", "Le groupe Valmont va fermer son usine de Brienne.", "« La demande a chuté de moitié », a précisé le groupe, qui emploie trois cents personnes.", "Valmont")]
    [InlineData("de", "Stellenabbau", "Das Unternehmen Kroll Metall will in Lindau achtzig Stellen streichen.", "„Die Nachfrage ist eingebrochen“, erklärte das Unternehmen, das vierhundert Menschen beschäftigt.", "Unternehmen Kroll Metall")]
    [InlineData("es", "Cierre", "La empresa Tubalis cerrará su planta de Soria en marzo.", "«La demanda ha caído a la mitad», explicó la empresa, que emplea a doscientas personas.", "Tubalis")]
    [InlineData("it", "Chiusura", "L'azienda Plastivalle chiuderà lo stabilimento di Brenno a fine anno.", "«La domanda è crollata», ha spiegato l'azienda, che dà lavoro a cento persone.", "Plastivalle")]
    [InlineData("pt", "Fecho", "A empresa Tubalis vai fechar a fábrica de Vila Fria em março.", "«A procura caiu para metade», explicou a empresa, que emprega duzentas pessoas.", "Tubalis")]
    [InlineData("nl", "Sluiting", "Het bedrijf Vlotman sluit in maart de fabriek in Harwijk.", "„De vraag is gehalveerd”, zegt het bedrijf, dat tweehonderd mensen in dienst heeft.", "Vlotman")]
    public void TheNounBeforeARelativeClause_StillSaysTheQuote(string language, string headline, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));

    // A town's council speaks as the town: the town's noun with its name is a body when it speaks.
    [Theory]
    [InlineData("nl", "Bad dicht", "Het zwembad gaat in juni dicht, tot ongenoegen van de zwemclub.", "„We zoeken een nieuwe plek”, laat de gemeente Harwijk weten.", "Harwijk")]
    [InlineData("de", "Bad geschlossen", "Das Hallenbad schließt im Juni, sehr zum Ärger des Schwimmvereins.", "„Wir suchen einen neuen Standort“, teilte die Stadt Lindau mit.", "Stadt Lindau")]
    [InlineData("it", "Piscina chiusa", "La piscina chiuderà a giugno, con grande disappunto della squadra di nuoto.", "«Cerchiamo un nuovo sito», ha fatto sapere il comune di Valdoria.", "comune di Valdoria")]
    public void ATownsNounWithItsName_SpeaksAsItsCouncil(string language, string headline, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));

    // Another noun of the same kind for a body: the town's council is "the authority", "a autarquia".
    [Theory]
    [InlineData("de", "Müll", "Die Stadtverwaltung Lindau will den Müll nur noch alle drei Wochen abholen. Anwohnerin Johanna Maier fürchtet den Geruch.", "„Wir haben die Bürger gehört“, erklärte die Behörde.", "Stadtverwaltung Lindau")]
    public void AnotherNounOfTheBodysKind_NamesItAgain(string language, string headline, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));

    // Two bodies of the kind: the noun could mean either, and gives no one.
    [Theory]
    [InlineData("en", "Routes cut", "The airline Skyline Air will cut four routes. The airline Blue Wing will add two.", "\"Demand has fallen since the summer,\" the airline said.")]
    [InlineData("fr", "Usines", "Le groupe Valmont ferme son usine de Brienne. Le groupe Durel rouvre la sienne à Lunel.", "« La demande a chuté de moitié », assure le groupe.")]
    [InlineData("de", "Werke", "Das Unternehmen Kroll Metall schließt sein Werk. Das Unternehmen Hahn Pumpen baut eines.", "„Die Nachfrage ist eingebrochen“, teilte das Unternehmen mit.")]
    [InlineData("es", "Plantas", "La empresa Tubalis cierra su planta de Soria. La empresa Ferrovia abre otra en Teruel.", "«La demanda ha caído a la mitad», explicó la empresa.")]
    [InlineData("it", "Stabilimenti", "L'azienda Plastivalle chiude lo stabilimento di Brenno. L'azienda Ferrolux ne apre uno a Lodi.", "«La domanda è crollata», ha precisato l'azienda.")]
    [InlineData("pt", "Fábricas", "A empresa Tubalis fecha a fábrica de Vila Fria. A empresa Ferrovia abre outra em Beja.", "«A procura caiu para metade», garantiu a empresa.")]
    [InlineData("nl", "Fabrieken", "Het bedrijf Vlotman sluit de fabriek in Harwijk. Het bedrijf Dekker opent er een in Zwolle.", "„De vraag is gehalveerd”, laat het bedrijf weten.")]
    // Two names that share words but are two bodies: "Blue Air" is no short form of "Blue Airways"
    // (a part of a word), nor "Somerset Council" of "North Somerset Council" (a leading word dropped).
    [InlineData("en", "Routes split", "The airline Blue Air will cut four routes from Harwick. The airline Blue Airways will add two routes to the same airport.", "\"Demand has fallen sharply since the summer,\" the airline said.")]
    [InlineData("en", "Buses cut", "Somerset Council will cut six bus routes from April. North Somerset Council will keep its routes running.", "\"We have no money left for services that carry so few people,\" the council said.")]
    // Two newspapers: "the paper" may mean either, as a noun of the family of both.
    [InlineData("en", "Papers", "The Harwick Post newspaper will close its print edition. The Marlow Courier newspaper will keep printing.", "\"Readers have moved online,\" the paper said.")]
    public void TwoBodiesOfTheKind_GiveNoOne(string language, string headline, string first, string second)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));

    // The stops of the two-bodies rule: a short form of one name is that body again ("Harwick
    // Council" after "Harwick Borough Council", the same place and head noun with a word dropped
    // between them), and a body named in the quote's own sentence is the one its noun means.
    [Theory]
    [InlineData("en", "Bins", "Harwick Borough Council will collect bins every three weeks. Harwick Council said the change would save money.", "\"We have listened to residents,\" the council said.", "Harwick Council")]
    [InlineData("es", "Vertido", "La Mancomunidad Comarcal investiga un vertido en el río. La Mancomunidad Comarcal del Jarama confirmó que los análisis tardarán.", "«Actuaremos con rapidez», aseguró la mancomunidad.", "Mancomunidad Comarcal del Jarama")]
    [InlineData("en", "Routes cut", "The airline Skyline Air will cut four routes. The airline Blue Wing will add two.", "The airline Blue Wing said fares would fall, and the airline added: \"Demand is growing.\"", "Blue Wing")]
    [InlineData("en", "Routes cut", "The airline Skyline Air will cut four routes.", "The airline Blue Wing will add two, and \"demand is growing,\" the airline said.", "Blue Wing")]
    [InlineData("fr", "Usines", "Le groupe Valmont ferme son usine de Brienne.", "Le groupe Durel rouvre la sienne et « la demande repart », assure le groupe.", "Durel")]
    public void AShortFormOrABodyInTheQuotesSentence_IsTheOneMeant(string language, string headline, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));

    // The appositive's noun goes on with a participle that places or dates the body: it still heads
    // the appositive, and names the body's kind.
    [Theory]
    [InlineData("en", "Routes cut", "Northwave, a ferry operator based in Harwick, will raise its fares. Passenger group chair Ann Lyle said many islanders could not pay.", "\"Fuel costs have doubled,\" the operator said.", "Northwave")]
    [InlineData("en", "Shelters", "Open Doors, a charity founded in Harwick in 1990, will close two shelters. Council leader Mark Dale said he was saddened.", "\"We have run out of money,\" the charity said.", "Open Doors")]
    [InlineData("fr", "Usine fermée", "Valmont, une entreprise installée à Brienne depuis trente ans, va fermer son usine. Le délégué syndical Paul Mercier parle d'un choc.", "« La demande a chuté de moitié », explique l'entreprise.", "Valmont")]
    [InlineData("es", "Cierre", "Tubalis, una empresa radicada en Soria, cerrará su planta. El alcalde, Luis Ortega, pidió una reunión urgente.", "«La demanda ha caído a la mitad», explicó la empresa.", "Tubalis")]
    [InlineData("it", "Chiusura", "Plastivalle, una ditta situata in Brianza da sessant'anni, chiuderà lo stabilimento. Il sindaco Marco Rinaldi ha chiesto un incontro.", "«La domanda è crollata», ha precisato la ditta.", "Plastivalle")]
    [InlineData("pt", "Fecho", "A Tubalis, uma empresa sediada em Vila Fria, vai fechar a fábrica. O presidente da junta, Rui Matos, pediu uma reunião.", "«A procura caiu para metade», garantiu a empresa.", "Tubalis")]
    [InlineData("nl", "Sluiting", "Vlotman, een bedrijf gevestigd in Harwijk, sluit in maart de fabriek. Wethouder Els Smit noemt het een zware klap.", "„De vraag is gehalveerd”, laat het bedrijf weten.", "Vlotman")]
    // The commonest dating participles, added to complete the class (review s56 M4).
    [InlineData("fr", "Usine fermée", "Valmont, une entreprise créée à Brienne en 1990, va fermer son usine. Le délégué syndical Paul Mercier parle d'un choc.", "« La demande a chuté de moitié », explique l'entreprise.", "Valmont")]
    [InlineData("it", "Chiusura", "Plastivalle, una ditta creata in Brianza nel 1960, chiuderà lo stabilimento. Il sindaco Marco Rinaldi ha chiesto un incontro.", "«La domanda è crollata», ha precisato la ditta.", "Plastivalle")]
    [InlineData("it", "Chiusura", "Plastivalle, una ditta nata in Brianza nel 1960, chiuderà lo stabilimento. Il sindaco Marco Rinaldi ha chiesto un incontro.", "«La domanda è crollata», ha precisato la ditta.", "Plastivalle")]
    [InlineData("es", "Cierre", "Tubalis, una empresa creada en Soria en 1990, cerrará su planta. El alcalde, Luis Ortega, pidió una reunión urgente.", "«La demanda ha caído a la mitad», explicó la empresa.", "Tubalis")]
    [InlineData("en", "Shelters", "Open Doors, a charity created in 1990, will close two shelters. Council leader Mark Dale said he was saddened.", "\"We have run out of money,\" the charity said.", "Open Doors")]
    public void ASeatParticipleAfterTheAppositivesNoun_KeepsItsKind(string language, string headline, string first, string second, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));

    // A person's appositive with a participle after their role stays the person's; a participle the
    // list does not hold ("hit by strikes") does not make the noun head the appositive.
    [Theory]
    [InlineData("en", "Routes cut", "Tom Green, a union official based in Leeds, criticised the cuts.", "\"This is short-sighted,\" he said.", "Tom Green")]
    [InlineData("en", "Routes cut", "Skyline Air, a regional airline hit by strikes, will cut four routes. Union official Tom Green called the move short-sighted.", "\"Demand has fallen since the summer,\" the airline said.", null)]
    // A listed participle before neither a preposition nor a number does not make the noun head the appositive.
    [InlineData("en", "Routes cut", "Skyline Air, a regional airline founded largely by pilots, will cut four routes. Union official Tom Green called the move short-sighted.", "\"Demand has fallen since the summer,\" the airline said.", null)]
    public void AParticipleAfterARoleOrAnUnlistedOne_IsReadAsBefore(string language, string headline, string first, string second, string? expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under(headline, LanguageLeads.For(language), first, second));
}
