namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone whose cue follows a clause fronted by a comma says the inner quote, not the first person
/// of the fronted clause (InnerQuoteSpeaker.AfterFrontedClause.cs): "When I rang, a neighbour told me:
/// '…'" is the neighbour's, by the label convention; in a verb-second language the verb comes first
/// ("Toen ik belde, zei een buurvrouw: '…'"). A definite subject, or a noun the lexicons lack, makes the
/// words no one's rather than the teller's. Each row: the paragraphs (" ¶ " between), then the body
/// quotes' speakers in order ("-" for no one), the inner quote last.
/// </summary>
public sealed class InnerQuoteAfterFrontedClauseTests
{
    [Theory]
    [InlineData("The clinic moved its phone line in the spring. ¶ \"When I rang the surgery, a nurse told me: 'Come back on Monday,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|nurse")]
    [InlineData("The clinic moved its phone line in the spring. ¶ \"As soon as we got off the bus, a neighbour warned us, 'The bridge is shut,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|neighbour")]
    [InlineData("Le cabinet a changé de numéro au printemps. ¶ « Quand j'ai appelé le cabinet, une infirmière m'a répondu : “Revenez lundi” », raconte Hélène Marsac, qui habite près du quai.", "Hélène Marsac|infirmière")]
    [InlineData("La consulta cambió de teléfono en primavera. ¶ «Cuando llamé a la consulta, una enfermera me contestó: “Vuelva el lunes”», cuenta Elena Marín, que vive junto al muelle.", "Elena Marín|enfermera")]
    [InlineData("L'ambulatorio ha cambiato numero in primavera. ¶ «Quando ho chiamato l'ambulatorio, un'infermiera mi ha risposto: “Torni lunedì”», racconta Elena Marini, che abita vicino al molo.", "Elena Marini|infermiera")]
    [InlineData("O centro de saúde mudou de número na primavera. ¶ «Quando liguei para o centro, uma enfermeira respondeu: “Volte na segunda-feira”», conta Helena Martins, que mora junto ao cais.", "Helena Martins|enfermeira")]
    [InlineData("Die Praxis hat im Frühjahr die Nummer gewechselt. ¶ „Als ich in der Praxis anrief, sagte mir eine Krankenschwester: ‚Kommen Sie am Montag wieder‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Krankenschwester")]
    [InlineData("Die Praxis hat im Frühjahr die Nummer gewechselt. ¶ „Kaum waren wir aus dem Bus gestiegen, hat uns ein Nachbar gewarnt: ‚Die Brücke ist gesperrt‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Nachbar")]
    [InlineData("De huisartsenpost kreeg in het voorjaar een nieuw nummer. ¶ ‘Toen ik de post belde, antwoordde een verpleegster: “Kom maandag terug”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|verpleegster")]
    [InlineData("De huisartsenpost kreeg in het voorjaar een nieuw nummer. ¶ ‘Zodra we uit de bus stapten, riep een buurman tegen ons: “De brug is dicht”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|buurman")]
    // Session 62 kept this row as a negative of InnerQuoteCueMarksTests ("a clause cut by a comma is not read").
    [InlineData("The ferry ran late all week on the island route. ¶ \"As the tide rose, a nurse told us, 'Wait here,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|nurse")]
    // Session 61 kept this row as a negative ("a clause cut by a comma is not read"); the neighbour says it.
    [InlineData("Die Fähre hatte die ganze Woche Verspätung auf der Linie zur Insel. ¶ „Als wir ankamen, hat ein Nachbar uns gewarnt: ‚Lassen Sie die Kinder drinnen‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Nachbar")]
    public void SomeoneNewAfterAFrontedClause_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // Someone by a definite article may be someone the article named: not the teller's, no one given.
    [InlineData("The clinic moved its phone line in the spring. ¶ \"When I rang the surgery, the receptionist told me: 'Come back on Monday,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    [InlineData("De huisartsenpost kreeg in het voorjaar een nieuw nummer. ¶ ‘Toen ik de post belde, zei de assistente tegen me: “Kom maandag terug”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|-")]
    public void SomeoneByADefiniteArticleAfterAFrontedClause_MakesTheInnerQuoteNoOnes(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The teller is the subject; the nurse is told.
    [InlineData("The clinic moved its phone line in the spring. ¶ \"When the line opened, I told a nurse: 'My mother needs help,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|Ellen Marsh")]
    [InlineData("De huisartsenpost kreeg in het voorjaar een nieuw nummer. ¶ ‘Toen de lijn openging, zei ik tegen een verpleegster: “Mijn moeder heeft hulp nodig”’, vertelt Hanneke Mol, die bij de steiger woont.", "Hanneke Mol|Hanneke Mol")]
    [InlineData("Die Praxis hat im Frühjahr die Nummer gewechselt. ¶ „Als die Leitung frei war, sagte ich einer Krankenschwester: ‚Meine Mutter braucht Hilfe‘“, erzählt Helga Marx, die am Anleger wohnt.", "Helga Marx|Helga Marx")]
    // "the next day I told him": a time before the teller's own cue.
    [InlineData("The clinic moved its phone line in the spring. ¶ \"He rang twice, the next day I told him: 'Stop calling,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|Ellen Marsh")]
    // A second verb of saying: whose words the neighbour passed on is not said.
    [InlineData("The clinic moved its phone line in the spring. ¶ \"When I rang, a neighbour said what the nurse said: 'Come back on Monday,'\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    // A scare quote after a comma: no cue.
    [InlineData("The clinic moved its phone line in the spring. ¶ \"When I rang, a nurse called it a 'routine delay', and hung up,\" said Ellen Marsh, who lives by the pier.", "Ellen Marsh|-")]
    public void NoOneNewAsTheSubjectAfterAFrontedClause_IsReadAsBefore(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
