namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The speaker of a quote inside a quote by the marks around its cue: a comma before the inner mark
/// reads as a colon does (InnerQuoteSpeaker.Reporter.cs), and French inner marks set off with spaces
/// are found (QuoteScanner.SpacedInner.cs) and read as glued ones are. Each row: the paragraphs
/// (" ¶ " between), then the body quotes' speakers in order ("-" for no one), the inner quote last.
/// </summary>
public sealed class InnerQuoteCueMarksTests
{
    [Theory]
    [InlineData("The ferry ran late all week on the island route. ¶ \"A nurse told us, 'Keep the windows shut tonight,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|nurse")]
    [InlineData("The ferry ran late all week on the island route. ¶ \"My grandfather always said, 'Never trust a calm sea,'\" said Tom Hale, who lives by the pier.", "Tom Hale|grandfather")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Une voisine nous a demandé, “Vous partez quand ?” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|voisine")]
    [InlineData("Die Fähre hatte die ganze Woche Verspätung auf der Linie zur Insel. ¶ „Eine Nachbarin hat uns gefragt, ‚Wann fahren Sie los?‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Nachbarin")]
    [InlineData("El ferri llegó tarde toda la semana en la línea de la isla. ¶ «Una vecina nos preguntó, “¿Cuándo os vais?”», cuenta Elena Marín, que vive junto al muelle.", "Elena Marín|vecina")]
    [InlineData("Il traghetto è arrivato in ritardo per tutta la settimana sulla linea dell'isola. ¶ «Una vicina ci ha chiesto, “Quando partite?”», racconta Elena Marini, che abita vicino al molo.", "Elena Marini|vicina")]
    [InlineData("O ferry chegou atrasado toda a semana na linha da ilha. ¶ «Uma vizinha perguntou logo, “Quando partem?”», conta Helena Martins, que mora junto ao cais.", "Helena Martins|vizinha")]
    [InlineData("De veerboot had de hele week vertraging op de lijn naar het eiland. ¶ ‘Een buurvrouw vroeg ons, “Wanneer gaan jullie weg?”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|buurvrouw")]
    public void APersonAsTheSubjectOfAVerbOfSaying_ThenACommaBeforeTheInnerMark_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Une voisine nous a demandé : “ Vous partez quand ? ” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|voisine")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Ma grand-mère répétait : “ La mer reprend toujours ce qu'on lui prend ” », confie Lucie Morel, qui habite près du quai.", "Lucie Morel|grand-mère")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « J'ai demandé au capitaine : “ Vous partez quand ? ” Il n'a rien su me dire », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|Hélène Marsac")]
    public void AFrenchInnerQuoteInSpacedMarks_IsReadAsInGluedOnes(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // A role noun as the object: the teller said the words.
    [InlineData("The ferry ran late all week on the island route. ¶ \"I told the supervisor, 'I will not stay late again,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|Ellen Marsh")]
    [InlineData("The ferry ran late all week on the island route. ¶ \"I told the supervisor: 'I will not stay late again,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|Ellen Marsh")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « J'ai dit au chef d'équipe : “ Je ne reste pas ce soir ” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|Hélène Marsac")]
    // A pronoun says who only through the story, which the reader does not follow inside a quote.
    [InlineData("The ferry ran late all week on the island route. ¶ \"She told us, 'Go home and wait,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    // A thing that says: a sign, no person.
    [InlineData("The ferry ran late all week on the island route. ¶ \"The sign on the door said, 'Closed until further notice,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    // A scare quote and a title inside a quote have no cue.
    [InlineData("The ferry ran late all week on the island route. ¶ \"A nurse, 'the best on the ward', told us to wait,\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Ils appellent ça un “ ajustement ” du tarif », s'agace Hélène Marsac, qui habite près du quai.", "Hélène Marsac|-")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Nous avons relu “ Les Misérables ” tout l'hiver », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|-")]
    // Someone new whose noun the lexicons lack: "nous" is their object, the words are not the teller's.
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Un éclusier nous a dit : “ Revenez demain matin ” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|-")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Un éclusier nous a dit : “Revenez demain matin” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|-")]
    public void NoPersonSaysTheInnerQuoteByItsCue_TheTellerOrNoOne(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
