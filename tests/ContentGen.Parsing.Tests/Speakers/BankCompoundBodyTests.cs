namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body named in full that speaks with no kind noun before its name, whose own compound says it is a body (issue 10,
/// session 63): a bank or a fund in the languages that write compounds as one word ("erklärte die Volksbank Auental",
/// "meldt de Boerenbank Westerveen"), then called back by the compound's last part ("teilte die Bank mit", "zegt de
/// bank", "sagte die Sparkasse" after "die Kreissparkasse …"). The speaker is the body's full name as the article first
/// gives it. Invented sentences, other bodies, kinds and verbs than the article that showed the class; paragraphs
/// separated by " ¶ ", "-" for no speaker.
/// </summary>
public sealed class BankCompoundBodyTests
{
    [Theory]
    // A bank's compound as the subject after the verb, then its last part after the next quote.
    [InlineData("de", "„Wir fragen nie nach Passwörtern“, erklärte die Volksbank Auental am Montag. „Legen Sie sofort auf“, teilte die Bank weiter mit.", "Volksbank Auental|Volksbank Auental")]
    [InlineData("nl", "‘Wij vragen nooit om uw pincode,’ meldt de Boerenbank Westerveen. ‘Hang meteen op en bel ons zelf,’ zegt de bank.", "Boerenbank Westerveen|Boerenbank Westerveen")]
    [InlineData("nl", "De Voedselbank Lindeveen ziet het aantal klanten stijgen. ¶ ‘We hebben nu tweehonderd gezinnen,’ zegt de bank.", "Voedselbank Lindeveen")]
    // A last part that is a body's compound itself means the longer compound named before.
    [InlineData("de", "Die Kreissparkasse Hohenfeld berichtet von ähnlichen Fällen. ¶ „Seit Mai haben sich zwanzig Kunden gemeldet“, sagte die Sparkasse.", "Kreissparkasse Hohenfeld")]
    [InlineData("de", "Der Landesbauernverband Nordtal ist verärgert. „Das ist zu wenig“, teilte der Bauernverband mit.", "Landesbauernverband Nordtal")]
    public void BankCompound_IsTheBodyNamed(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);

    [Theory]
    // The compound as an object or in a place phrase, and a bench that is no bank: the person named speaks.
    [InlineData("de", "„Das Geld war auf einmal weg“, sagte Anna Berger über die Sparkasse.", "Anna Berger")]
    [InlineData("de", "Anna Berger sitzt jeden Morgen auf der Parkbank am See. ¶ „Hier warte ich auf meinen Bus“, sagt sie.", "Anna Berger")]
    [InlineData("de", "Die Stadt hat die Datenbank erneuert. ¶ „Das war überfällig“, sagte Bürgermeister Jens Adler.", "Jens Adler")]
    [InlineData("nl", "‘Ik zat gewoon op de bank,’ zegt Piet de Vries over de inbraak.", "Piet de Vries")]
    public void BankCompoundNotTheSpeaker_LeavesTheSpeaker(string language, string paragraphs, string expected) => QuoteSpeakers.Check(language, paragraphs, expected);
}
