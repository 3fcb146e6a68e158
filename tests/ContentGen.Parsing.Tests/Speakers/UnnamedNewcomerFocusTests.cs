namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone named speaks first; then the reporter brings in someone unnamed by a noun (a pensioner, a haulier,
/// a neighbour), who takes the focus: the next quote's pronoun, dropped subject, colon or age is theirs, over
/// the person named before (of the same gender, so no gender tells them apart). What kept the newcomer out:
/// a place written with a capital in the sentence (SpeakerFinder.UnnamedPlaceAfterPreposition.cs), a second
/// phrase of place before a verb-second verb (SpeakerFinder.PhraseWordBeforeSecondVerb.cs), a trade no list
/// holds (SpeakerFinder.UnlistedTradeAfterArticle.cs; English reads no endings), and an age at the cue after
/// the newcomer's quote (SpeakerFinder.AgeOfUnnamedJustQuoted.cs). Invented sentences; each positive gave the
/// person named before, or no one, at the session's start.
/// </summary>
public sealed class UnnamedNewcomerFocusTests
{
    // A place a preposition or an article governs, in the opening phrase or in the newcomer's description.
    [Theory]
    [InlineData("en", "The manager, Tom Hale, defended the rota. “We had no choice,” he said. ¶ A neighbour from Dunmore, waiting at a church hall in Kelby, said the wait had been long. “Nobody rang back,” he said.", "Tom Hale|neighbour")]
    [InlineData("fr", "Le directeur, Paul Girard, défend le planning. « Nous n'avions pas le choix », assure-t-il. ¶ Sous la halle des Tanneurs, un retraité compte ses pièces. « Avant, je prenais du fromage », soupire-t-il.", "Paul Girard|retraité")]
    [InlineData("de", "Der Leiter, Paul Gruber, verteidigt den Plan. „Wir hatten keine Wahl“, sagt er. ¶ Vor der Filiale am Marktplatz wartet ein Rentner auf den Bus. „Ich will einen Menschen sehen“, sagt er.", "Paul Gruber|Rentner")]
    [InlineData("nl", "De directeur, Paul de Graaf, verdedigt het rooster. “We hadden geen keus”, zegt hij. ¶ Bij de winkel aan de Dijkstraat haalt een buurman zijn brood. “Mijn vader werkte hier”, zegt hij.", "Paul de Graaf|buurman")]
    [InlineData("es", "El gerente, Tomás Herrero, defiende el horario. «No teníamos otra opción», aseguró. ¶ Un jubilado de Villalba que esperaba junto a la parada de Sol no lo veía claro. «Nadie nos avisó», lamenta.", "Tomás Herrero|jubilado")]
    [InlineData("it", "Il direttore, Paolo Gatti, difende l'orario. «Non avevamo scelta», assicura. ¶ Davanti al mercato di Borgonuovo, un pensionato riempiva la borsa. «Nessuno ci ha chiesto niente», sospira.", "Paolo Gatti|pensionato")]
    [InlineData("pt", "O diretor, Paulo Garcia, defende o horário. «Não tínhamos escolha», garante. ¶ Um reformado de Alvalade que esperava junto à paragem da Estrela não estava convencido. «Ninguém nos avisou», lamenta.", "Paulo Garcia|reformado")]
    public void ANewcomerBesideAPlace_TakesTheNextQuote(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // A trade read by its agent's ending, brought in by an indefinite (English reads no endings: no English row).
    [Theory]
    [InlineData("de", "Der Leiter, Paul Gruber, verteidigt den Plan. „Wir hatten keine Wahl“, sagt er. ¶ Ein Spediteur aus dem Nachbarort Kelldorf wird noch deutlicher: „Meine Lastwagen fahren einen Umweg.“", "Paul Gruber|Spediteur")]
    [InlineData("es", "El gerente, Tomás Herrero, defiende el horario. «No teníamos otra opción», aseguró. ¶ Un operador de una gestora, que pidió no ser identificado, coincidió: «El mercado ya descuenta otra oferta».", "Tomás Herrero|operador")]
    [InlineData("pt", "O diretor, Paulo Garcia, defende o horário. «Não tínhamos escolha», garante. ¶ Um soldador com 31 anos de casa, que pediu para não ser identificado, estava preocupado. «Se isto fecha, fecha a família inteira», desabafou.", "Paulo Garcia|soldador")]
    [InlineData("nl", "De directeur, Paul de Graaf, verdedigt het rooster. “We hadden geen keus”, zegt hij. ¶ Een kruidenier, die liever anoniem blijft, is minder zeker. “Niemand heeft ons iets gevraagd”, zegt hij.", "Paul de Graaf|kruidenier")]
    [InlineData("it", "Il direttore, Paolo Gatti, difende l'orario. «Non avevamo scelta», assicura. ¶ Un trasportatore di Borgonuovo, che preferisce restare anonimo, scuote la testa: «Nessuno ci ha chiesto niente».", "Paolo Gatti|trasportatore")]
    public void ANewcomerByAnUnlistedTrade_TakesTheNextQuote(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // An age at the cue right after the newcomer's quote is the newcomer's, not the woman named before.
    [Theory]
    [InlineData("de", "Die Leiterin, Rosi Hainzl, verteidigt den Plan. „Wir hatten keine Wahl“, sagt sie. ¶ Ein junger Landwirt wurde deutlicher: „Wenn die Bagger kommen, stehen wir da.“ „Das war erst der Anfang“, sagte der 24-Jährige.", "Rosi Hainzl|Landwirt|Landwirt")]
    [InlineData("es", "La directora, Carmen Ruiz, defiende el horario. «No teníamos otra opción», aseguró. ¶ Un vecino del barrio, que prefirió no dar su nombre, no está de acuerdo: «Nadie nos preguntó». «Es una vergüenza», añadió el octogenario.", "Carmen Ruiz|vecino|vecino")]
    [InlineData("it", "La direttrice, Anna Gatti, difende l'orario. «Non avevamo scelta», assicura. ¶ Un vicino, che preferisce restare anonimo, scuote la testa: «Nessuno ci ha chiesto niente». «È una vergogna», aggiunge l'ottantenne.", "Anna Gatti|vicino|vicino")]
    [InlineData("pt", "A diretora, Ana Garcia, defende o horário. «Não tínhamos escolha», garante. ¶ Um vizinho, que pediu para não ser identificado, abana a cabeça: «Ninguém nos perguntou nada». «É uma vergonha», acrescenta o octogenário.", "Ana Garcia|vizinho|vizinho")]
    [InlineData("fr", "La directrice, Anne Girard, défend le planning. « Nous n'avions pas le choix », assure-t-elle. ¶ Un voisin, qui a requis l'anonymat, est plus sévère : « Personne ne nous a rien demandé. » « C'est une honte », ajoute l'octogénaire.", "Anne Girard|voisin|voisin")]
    [InlineData("nl", "De directeur, Anna de Graaf, verdedigt het rooster. “We hadden geen keus”, zegt ze. ¶ Een buurman, die liever anoniem blijft, schudt het hoofd: “Niemand heeft ons iets gevraagd.” “Het is een schande”, zegt de 80-jarige.", "Anna de Graaf|buurman|buurman")]
    [InlineData("en", "The manager, Ann Hale, defended the rota. “We had no choice,” she said. ¶ A neighbour, who asked not to be named, was blunter: “Nobody asked us.” “It is a disgrace,” added the 70-year-old.", "Ann Hale|neighbour|neighbour")]
    public void AnAgeAfterTheNewcomersQuote_IsTheNewcomers(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // Near-misses: a person named after the preposition is a person, not a place; the indefinite after the
    // subject and its verb is an object; a bare "-er" is a thing's or an adjective's ending; an age after a
    // named person's quote is theirs; a role in the clause before the colon brings someone else in.
    [Theory]
    [InlineData("en", "The manager, Tom Hale, defended the rota. “We had no choice,” he said. ¶ A pensioner from Dunmore waited at the hall with Tom Hale. “Nobody rang back,” he said.", "pensioner")]
    [InlineData("es", "El gerente, Tomás Herrero, defiende el horario. «No teníamos otra opción», aseguró. ¶ Un jubilado de Villalba que esperaba junto a Tomás Herrero no lo veía claro. «Nadie nos avisó», lamenta.", "jubilado")]
    [InlineData("de", "Der Leiter, Paul Gruber, verteidigt den Plan. „Wir hatten keine Wahl“, sagt er. ¶ Vor der Filiale am Marktplatz traf er einen Rentner. „Ich will einen Menschen sehen“, sagt er.", "Rentner")]
    [InlineData("nl", "De directeur, Paul de Graaf, verdedigt het rooster. “We hadden geen keus”, zegt hij. ¶ Bij de winkel aan de Dijkstraat sprak hij een buurman aan. “Mijn vader werkte hier”, zegt hij.", "buurman")]
    [InlineData("de", "Der Leiter, Paul Gruber, verteidigt den Plan. „Wir hatten keine Wahl“, sagt er. ¶ Ein Klavierhocker stand vor der Tür des Saals: „Wir spielen heute nicht.“", "Klavierhocker")]
    [InlineData("nl", "De directeur, Paul de Graaf, verdedigt het rooster. “We hadden geen keus”, zegt hij. ¶ Een ander is minder zeker: “Niemand heeft ons iets gevraagd.”", "ander")]
    [InlineData("pt", "O diretor, Paulo Garcia, defende o horário. «Não tínhamos escolha», garante. ¶ Uma descabeçadora, que entrou aos 16 anos, recorda o dia em que o fundador lhe disse: «Aqui quem trabalha tem lugar.»", "descabeçadora")]
    public void NoNewcomer_TakesTheQuote(string language, string paragraphs, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", paragraphs.Split(" ¶ ")));

    [Theory]
    [InlineData("es", "La directora, Carmen Ruiz, defiende el horario. «No teníamos otra opción», aseguró. «Es una vergüenza», añadió la octogenaria.", "Carmen Ruiz|Carmen Ruiz")]
    [InlineData("de", "Die Leiterin, Rosi Hainzl, verteidigt den Plan. „Wir hatten keine Wahl“, sagt sie. „Das war erst der Anfang“, sagte die 54-Jährige.", "Rosi Hainzl|Rosi Hainzl")]
    public void AnAgeAfterANamedPersonsQuote_StaysTheirs(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
