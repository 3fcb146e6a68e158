namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone new the outer speaker met, an indefinite article and a person's noun as the subject of a
/// verb of saying right before the inner mark and a colon, says the inner quote
/// (InnerQuoteSpeaker.Newcomer.cs), by the label convention: "Een verpleegster zei tegen ons: '…'".
/// The noun may be a trade or a role the lexicons list; a body, a document, a pronoun or a second verb of saying gives no one. Each row: the paragraphs (" ¶ " between),
/// then the body quotes' speakers in order ("-" for no one), the inner quote last.
/// </summary>
public sealed class InnerQuoteNewcomerTests
{
    [Theory]
    [InlineData("The ferry ran late all week on the island route. ¶ \"A nurse warned us: 'Keep the children inside until noon,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|nurse")]
    [InlineData("Le bac a eu du retard toute la semaine sur la ligne de l'île. ¶ « Un voisin nous a dit : “Rentrez les enfants avant midi” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|voisin")]
    [InlineData("Die Fähre hatte die ganze Woche Verspätung auf der Linie zur Insel. ¶ „Ein Nachbar hat uns sofort gewarnt: ‚Lassen Sie die Kinder bis Mittag drinnen‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Nachbar")]
    [InlineData("El ferri llegó tarde toda la semana en la línea de la isla. ¶ «Un vecino nos dijo: “Dejad a los niños dentro hasta mediodía”», cuenta Elena Marín, que vive junto al muelle.", "Elena Marín|vecino")]
    [InlineData("Il traghetto è arrivato in ritardo per tutta la settimana sulla linea dell'isola. ¶ «Un vicino ci ha detto: “Tenete i bambini in casa fino a mezzogiorno”», racconta Elena Marini, che abita vicino al molo.", "Elena Marini|vicino")]
    [InlineData("O ferry chegou atrasado toda a semana na linha da ilha. ¶ «Um vizinho disse logo: “Deixem as crianças em casa até ao meio-dia”», conta Helena Martins, que mora junto ao cais.", "Helena Martins|vizinho")]
    [InlineData("De veerboot had de hele week vertraging op de lijn naar het eiland. ¶ ‘Een buurman riep naar ons: “Hou de kinderen tot de middag binnen”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|buurman")]
    public void ANewcomerAsTheSubjectOfAVerbOfSayingRightBeforeTheInnerMark_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // A body brought in by an indefinite article is no person.
    [InlineData("The ferry ran late all week on the island route. ¶ \"A company told us at the gate: 'Keep the children inside until noon,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    // A second verb of saying: whose words the newcomer told is not said.
    [InlineData("De veerboot had de hele week vertraging op de lijn naar het eiland. ¶ ‘Een buurman zei wat de schipper zei: “Hou de kinderen binnen”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|-")]
    public void NoNewcomerPersonRightBeforeTheInnerMark_GivesNoOne(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
