namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Ob Berger dann tatsächlich Nein sagt, ließ der Minister offen. „…“, sagte er.": German writes the answer given as
/// a noun, with its capital, and Dutch often does for emphasis; before a verb of saying it looked like a surname, and
/// the pronoun after it went to "Nein", "Ja" or "Nee". A yes or a no alone is no one's name (the lexicons'
/// AnswerWords, every language's). Negatives: a surname that is also an answer word, ending a full name the article
/// gives, stays that person's.
/// </summary>
public sealed class AnswerWordNameTests
{
    [Theory]
    [InlineData("de", "Finanzminister Klaus Berger droht seit Tagen mit einem Veto gegen das Paket der Regierung. ¶ Das Kabinett berät am Mittwoch. Ob Berger dann tatsächlich Nein sagt, ließ der Minister offen. „Ich habe meine Position klargemacht“, sagte er.", "Klaus Berger")]
    [InlineData("de", "Bürgermeisterin Petra Lang wirbt seit Wochen für die Fusion der beiden Gemeinden. ¶ Ob der Gemeinderat am Ende Ja sagt, ist offen. „Ich bin zuversichtlich“, sagte sie.", "Petra Lang")]
    [InlineData("nl", "Minister van Financiën Karel Dijkstra dreigt al dagen met een veto tegen het pakket. ¶ Het kabinet vergadert woensdag. Of Dijkstra dan echt Nee zegt, liet de minister in het midden. “Ik heb mijn standpunt duidelijk gemaakt”, zei hij.", "Karel Dijkstra")]
    public void AnAnswerBeforeAVerbOfSaying_IsNoSpeaker(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // "Sim" is Portuguese's yes and a surname: ending a full name, it stays the person's.
    [InlineData("en", "Harbour engineer Alice Sim has led the survey since June. ¶ “The wall will hold this winter,” said Sim.", "Alice Sim")]
    [InlineData("pt", "A engenheira Alice Sim dirige o estudo desde junho. ¶ “O muro aguenta este inverno”, disse Sim.", "Alice Sim")]
    public void ASurnameThatIsAnAnswer_EndingAFullName_StaysThePersons(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);
}
