using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A person named as a sentence's subject, then a sentence of their reported words ending in a cue
/// with a pronoun or a dropped subject, then a quote with no cue: the quote goes on with that
/// person's words.
/// <c>Bürgermeister Jan Kohl verteidigte die Entscheidung. Die Stadt müsse sparen, betonte er. „…“</c>
/// Unsure stays no one: a pronoun of the other gender or a plural one, or someone else made the
/// subject before the quote.
/// </summary>
public sealed class ReportedThenQuoteTests
{
    [Theory]
    [InlineData("en", "Mayor John Kerr defended the decision. The town had to save money, he said. \"Nobody likes doing this.\"", "John Kerr")]
    [InlineData("en", "The head teacher, Eva Lane, stood by the plan. The school could not stay open in winter, she insisted. \"The roof is not safe.\"", "Eva Lane")]
    [InlineData("en", "Councillor Tom Price backed the scheme. It would bring jobs to the valley, he added. \"We cannot wait another year.\"", "Tom Price")]
    [InlineData("de", "Bürgermeister Jan Kohl verteidigte die Entscheidung. Die Stadt müsse sparen, betonte er. „Niemand tut das gern.“", "Jan Kohl")]
    [InlineData("de", "Bürgermeisterin Eva Lenz hielt an dem Plan fest. Die Schule könne im Winter nicht öffnen, sagte sie. „Das Dach ist nicht sicher.“", "Eva Lenz")]
    [InlineData("de", "Stadtrat Tom Pauly unterstützte das Vorhaben. Es bringe Arbeit ins Tal, erklärte er. „Wir können nicht noch ein Jahr warten.“", "Tom Pauly")]
    [InlineData("fr", "Le maire Jean Caron a défendu la décision. La ville doit faire des économies, a-t-il dit. « Personne n'aime faire ça. »", "Jean Caron")]
    [InlineData("fr", "La directrice, Eva Lamy, a maintenu le projet. L'école ne peut pas ouvrir en hiver, a-t-elle insisté. « Le toit n'est pas sûr. »", "Eva Lamy")]
    [InlineData("fr", "Le conseiller Tom Perrin a soutenu le projet. Il apporterait des emplois à la vallée, a-t-il ajouté. « Nous ne pouvons pas attendre un an de plus. »", "Tom Perrin")]
    [InlineData("es", "El alcalde Juan Cano defendió la decisión. La ciudad tiene que ahorrar, añadió. «A nadie le gusta hacer esto».", "Juan Cano")]
    [InlineData("es", "La directora, Eva Lara, mantuvo el plan. El colegio no puede abrir en invierno, insistió ella. «El tejado no es seguro».", "Eva Lara")]
    [InlineData("es", "El concejal Tomás Prado apoyó el proyecto. Traerá empleo al valle, dijo. «No podemos esperar otro año».", "Tomás Prado")]
    [InlineData("it", "Il sindaco Gianni Conte ha difeso la decisione. Il comune deve risparmiare, ha detto. «A nessuno piace farlo».", "Gianni Conte")]
    [InlineData("it", "La sindaca, Eva Lodi, ha confermato il piano. La scuola non può aprire in inverno, ha spiegato lei. «Il tetto non è sicuro».", "Eva Lodi")]
    [InlineData("it", "Il consigliere Tommaso Prati ha sostenuto il progetto. Porterà lavoro nella valle, ha aggiunto. «Non possiamo aspettare un altro anno».", "Tommaso Prati")]
    [InlineData("pt", "O presidente da câmara, João Costa, defendeu a decisão. A cidade tem de poupar, disse. «Ninguém gosta de fazer isto».", "João Costa")]
    [InlineData("pt", "A diretora, Eva Lima, manteve o plano. A escola não pode abrir no inverno, insistiu ela. «O telhado não é seguro».", "Eva Lima")]
    [InlineData("pt", "O vereador Tomás Prates apoiou o projeto. Vai trazer emprego ao vale, acrescentou. «Não podemos esperar mais um ano».", "Tomás Prates")]
    [InlineData("nl", "Burgemeester Jan Kok verdedigde het besluit. De stad moet bezuinigen, zei hij. \"Niemand doet dit graag.\"", "Jan Kok")]
    [InlineData("nl", "De directeur, Eva Lam, hield vast aan het plan. De school kan in de winter niet open, benadrukte ze. \"Het dak is niet veilig.\"", "Eva Lam")]
    [InlineData("nl", "Raadslid Tom Prins steunde het plan. Het brengt werk naar het dal, benadrukte hij. \"We kunnen niet nog een jaar wachten.\"", "Tom Prins")]
    public void TheQuote_GoesOnWithTheReportedPerson(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: the cue's pronoun is of the other gender than the text shows, or plural: it reports
    // someone else, and the quote after it is no one's.
    [Theory]
    [InlineData("en", "Mr John Kerr defended the decision. The town had to save money, she said. \"Nobody likes doing this.\"")]
    [InlineData("en", "Mr John Kerr defended the decision. The town had to save money, they said. \"Nobody likes doing this.\"")]
    [InlineData("de", "Bürgermeisterin Eva Kohl verteidigte die Entscheidung. Die Stadt müsse sparen, betonte er. „Niemand tut das gern.“")]
    [InlineData("de", "Bürgermeister Jan Kohl verteidigte die Entscheidung. Die Stadt müsse sparen, betonten sie. „Niemand tut das gern.“")]
    [InlineData("fr", "Mme Eva Caron a défendu la décision. La ville doit faire des économies, a-t-il dit. « Personne n'aime faire ça. »")]
    [InlineData("fr", "Le maire Jean Caron a défendu la décision. La ville doit faire des économies, ont-ils dit. « Personne n'aime faire ça. »")]
    [InlineData("es", "La alcaldesa Eva Cano defendió la decisión. La ciudad tiene que ahorrar, dijo él. «A nadie le gusta hacer esto».")]
    [InlineData("es", "El alcalde Juan Cano defendió la decisión. La ciudad tiene que ahorrar, dijeron. «A nadie le gusta hacer esto».")]
    [InlineData("it", "La sindaca Eva Conte ha difeso la decisione. Il comune deve risparmiare, ha detto lui. «A nessuno piace farlo».")]
    [InlineData("it", "Il sindaco Gianni Conte ha difeso la decisione. Il comune deve risparmiare, hanno detto. «A nessuno piace farlo».")]
    [InlineData("pt", "A vereadora Eva Costa defendeu a decisão. A cidade tem de poupar, disse ele. «Ninguém gosta de fazer isto».")]
    [InlineData("pt", "O presidente da câmara, João Costa, defendeu a decisão. A cidade tem de poupar, disseram. «Ninguém gosta de fazer isto».")]
    [InlineData("nl", "Mevrouw Eva Kok verdedigde het besluit. De stad moet bezuinigen, zei hij. \"Niemand doet dit graag.\"")]
    [InlineData("nl", "Burgemeester Jan Kok verdedigde het besluit. De stad moet bezuinigen, zeiden ze. \"Niemand doet dit graag.\"")]
    public void AnotherGenderOrMany_IsNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: someone else made the subject between the reported words and the quote.
    [Theory]
    [InlineData("en", "Mayor John Kerr defended the decision. The town had to save money, he said. Treasurer Paul Marsh shook his head. \"Nobody believes that.\"", "John Kerr")]
    [InlineData("de", "Bürgermeister Jan Kohl verteidigte die Entscheidung. Die Stadt müsse sparen, betonte er. Kämmerer Paul Marx schüttelte den Kopf. „Das glaubt niemand.“", "Jan Kohl")]
    [InlineData("fr", "Le maire Jean Caron a défendu la décision. La ville doit faire des économies, a-t-il dit. Le trésorier Paul Marchand a secoué la tête. « Personne n'y croit. »", "Jean Caron")]
    [InlineData("es", "El alcalde Juan Cano defendió la decisión. La ciudad tiene que ahorrar, añadió. El tesorero Pablo Marín negó con la cabeza. «Nadie se lo cree».", "Juan Cano")]
    [InlineData("it", "Il sindaco Gianni Conte ha difeso la decisione. Il comune deve risparmiare, ha detto. Il tesoriere Paolo Marini ha scosso la testa. «Nessuno ci crede».", "Gianni Conte")]
    [InlineData("pt", "O presidente da câmara, João Costa, defendeu a decisão. A cidade tem de poupar, disse. O tesoureiro Paulo Martins abanou a cabeça. «Ninguém acredita nisso».", "João Costa")]
    [InlineData("nl", "Burgemeester Jan Kok verdedigde het besluit. De stad moet bezuinigen, zei hij. Penningmeester Paul Mars schudde zijn hoofd. \"Niemand gelooft dat.\"", "Jan Kok")]
    public void SomeoneElseMadeTheSubject_IsNotTheReportedPerson(string language, string paragraph, string reported)
        => Assert.NotEqual(reported, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guard: a quote in the next paragraph, after a sentence about a group, is not carried over.
    [Theory]
    [InlineData("de", "Bürgermeister Jan Kohl verteidigte die Entscheidung. Die Stadt müsse sparen, betonte er.", "Die Eltern sammelten am Abend Unterschriften gegen den Plan. „Unsere Kinder brauchen die Schule.“", "Jan Kohl")]
    [InlineData("es", "El alcalde Juan Cano defendió la decisión. La ciudad tiene que ahorrar, añadió.", "Los padres recogieron firmas contra el plan por la tarde. «Nuestros hijos necesitan la escuela».", "Juan Cano")]
    [InlineData("nl", "Burgemeester Jan Kok verdedigde het besluit. De stad moet bezuinigen, zei hij.", "De ouders haalden donderdag handtekeningen op tegen het plan. \"Onze kinderen hebben de school nodig.\"", "Jan Kok")]
    public void AGroupBetweenParagraphs_IsNotTheReportedPerson(string language, string first, string second, string reported)
        => Assert.NotEqual(reported, ConstructionProbe.LastSpeaker(language, first, second));

    // Guards: a noun after the cue's verb is its subject ("dijo un portavoz"): the quote after it
    // is not the person named before.
    [Theory]
    [InlineData("es", "La ministra Lucía Ferrer elogió el plan. La ciudad debe ahorrar, dijo un portavoz. «Debimos actuar antes».", "Lucía Ferrer")]
    [InlineData("it", "La ministra Lucia Ferri ha lodato il piano. Il comune deve risparmiare, ha detto un portavoce. «Dovevamo agire prima».", "Lucia Ferri")]
    [InlineData("pt", "A ministra Luísa Faria elogiou o plano. A cidade tem de poupar, disse um porta-voz. «Devíamos ter agido antes».", "Luísa Faria")]
    public void ANounSubjectAfterTheVerb_IsNotThePersonBefore(string language, string paragraph, string before)
        => Assert.NotEqual(before, ConstructionProbe.LastSpeaker(language, paragraph));
}
