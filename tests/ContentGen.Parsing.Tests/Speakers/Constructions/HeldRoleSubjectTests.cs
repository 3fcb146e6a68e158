namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// S9 after a role's holder: a sentence with no quote of its own that opens on a definite article and a role the
/// article gave to one person (<c>The mayor shook his head.</c>, <c>Le maire hausse les épaules.</c>, <c>Der
/// Bürgermeister schüttelt den Kopf.</c>) turns to that person, as their name would: a quote with no cue after it is
/// theirs, not the last speaker's. Not a role no one was given, a role that is the object of someone named, or a
/// sentence that names a second person after the role.
/// </summary>
public sealed class HeldRoleSubjectTests
{
    // Someone else is quoted between the role's holder and the gesture: the quote after the gesture is the holder's.
    [Theory]
    [InlineData("en", "The mayor, Tom Vale, wants the solar park on the common. ¶ \"The price is fair and the buyers are serious,\" said Anna Roe. ¶ The mayor shook his head. \"I will not let this chance go by.\"", "Anna Roe|Tom Vale")]
    [InlineData("en", "The mayor, Tom Vale, wants the solar park on the common. \"The price is fair and the buyers are serious,\" said Anna Roe. The mayor smiled. \"I will not let this chance go by.\"", "Anna Roe|Tom Vale")]
    [InlineData("de", "Der Landwirt Tom Vogt will den Solarpark auf der Allmende. ¶ „Der Preis ist fair und die Käufer meinen es ernst“, sagte Anna Roth. ¶ Der Landwirt schüttelt den Kopf. „Ich lasse diese Gelegenheit nicht verstreichen.“", "Anna Roth|Tom Vogt")]
    [InlineData("fr", "Le maire, Paul Dupont, veut le parc solaire sur la lande. ¶ « Le prix est juste et les acheteurs sont sérieux », a dit Anne Roux. ¶ Le maire hausse les épaules. « Je ne laisserai pas passer cette occasion. »", "Anne Roux|Paul Dupont")]
    [InlineData("fr", "Le maire, Paul Dupont, veut le parc solaire sur la lande. ¶ « Le prix est juste et les acheteurs sont sérieux », a dit Anne Roux. ¶ Le maire, lui, ne désarme pas. « Je ne laisserai pas passer cette occasion. »", "Anne Roux|Paul Dupont")]
    [InlineData("es", "El alcalde, Pedro Gil, quiere el parque solar en el monte. ¶ «El precio es justo y los compradores van en serio», dijo Ana Ruiz. ¶ El alcalde se encoge de hombros. «No dejaré pasar esta ocasión.»", "Ana Ruiz|Pedro Gil")]
    [InlineData("es", "El alcalde, Pedro Gil, quiere el parque solar en el monte. ¶ «El precio es justo y los compradores van en serio», dijo Ana Ruiz. ¶ El alcalde, por su parte, no se rinde. «No dejaré pasar esta ocasión.»", "Ana Ruiz|Pedro Gil")]
    [InlineData("it", "Il sindaco, Marco Neri, vuole il parco solare sulla collina. ¶ «Il prezzo è giusto e i compratori fanno sul serio», ha detto Anna Rossi. ¶ Il sindaco scuote la testa. «Non lascerò passare questa occasione.»", "Anna Rossi|Marco Neri")]
    [InlineData("pt", "O autarca, Rui Rocha, quer o parque solar no monte. ¶ «O preço é justo e os compradores são sérios», disse Ana Lopes. ¶ O autarca abana a cabeça. «Não vou deixar passar esta oportunidade.»", "Ana Lopes|Rui Rocha")]
    [InlineData("nl", "De burgemeester, Kees Vogel, wil het zonnepark op de heide. ¶ ‘De prijs is eerlijk en de kopers zijn serieus’, zei Anna de Wit. ¶ De burgemeester schudt zijn hoofd. ‘Ik laat deze kans niet lopen.’", "Anna de Wit|Kees Vogel")]
    public void AGestureOfTheRolesHolder_GivesThemTheQuoteAfter(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // The role reports the words before the quote, as a name that reports does: the quote after is the holder's.
    [Theory]
    [InlineData("en", "The mayor, Tom Vale, wants the solar park on the common. ¶ \"The price is fair and the buyers are serious,\" said Anna Roe. ¶ The mayor said the buyers had not told the truth. \"I will not let this chance go by.\"", "Anna Roe|Tom Vale")]
    [InlineData("es", "El alcalde, Pedro Gil, quiere el parque solar en el monte. ¶ «El precio es justo y los compradores van en serio», dijo Ana Ruiz. ¶ El alcalde aseguró que los compradores habían mentido. «No dejaré pasar esta ocasión.»", "Ana Ruiz|Pedro Gil")]
    public void TheRolesHolderReporting_GivesThemTheQuoteAfter(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // Near-misses: the holder is not the one the quote after the sentence means.
    [Theory]
    // No one was given the role: its holder is unknown, never the councillor named before.
    [InlineData("en", "Councillor Tom Vale wants the solar park on the common. ¶ \"The price is fair and the buyers are serious,\" said Anna Roe. ¶ The mayor shook his head. \"I will not let this chance go by.\"", "Tom Vale")]
    [InlineData("fr", "Le conseiller Paul Dupont veut le parc solaire sur la lande. ¶ « Le prix est juste et les acheteurs sont sérieux », a dit Anne Roux. ¶ Le maire hausse les épaules. « Je ne laisserai pas passer cette occasion. »", "Paul Dupont")]
    // The role's holder is the object of someone named: that person is the subject.
    [InlineData("en", "The mayor, Tom Vale, wants the solar park on the common. ¶ \"The price is fair and the buyers are serious,\" said Anna Roe. ¶ Jane Holt looked at the mayor. \"I will not let this chance go by.\"", "Tom Vale")]
    [InlineData("es", "El alcalde, Pedro Gil, quiere el parque solar en el monte. ¶ «El precio es justo y los compradores van en serio», dijo Ana Ruiz. ¶ Marta Vidal mira al alcalde. «No dejaré pasar esta ocasión.»", "Pedro Gil")]
    // A second person brought in after the role: either may speak next.
    [InlineData("de", "Der Landwirt Tom Vogt will den Solarpark auf der Allmende. ¶ „Der Preis ist fair und die Käufer meinen es ernst“, sagte Anna Roth. ¶ Der Landwirt begrüßt Jana Holt an der Tür. „Ich lasse diese Gelegenheit nicht verstreichen.“", "Tom Vogt")]
    [InlineData("nl", "De burgemeester, Kees Vogel, wil het zonnepark op de heide. ¶ ‘De prijs is eerlijk en de kopers zijn serieus’, zei Anna de Wit. ¶ De burgemeester begroet Joke Smit bij de deur. ‘Ik laat deze kans niet lopen.’", "Kees Vogel")]
    [InlineData("it", "Il sindaco, Marco Neri, vuole il parco solare sulla collina. ¶ «Il prezzo è giusto e i compratori fanno sul serio», ha detto Anna Rossi. ¶ Il sindaco saluta Giulia Conti alla porta. «Non lascerò passare questa occasione.»", "Marco Neri")]
    [InlineData("pt", "O autarca, Rui Rocha, quer o parque solar no monte. ¶ «O preço é justo e os compradores são sérios», disse Ana Lopes. ¶ O autarca cumprimenta Joana Reis à porta. «Não vou deixar passar esta oportunidade.»", "Rui Rocha")]
    // A plural of people opening the sentence: no one person, never the role's holder named before.
    [InlineData("en", "The mayor, Tom Vale, wants the solar park on the common. ¶ \"The price is fair and the buyers are serious,\" said Anna Roe. ¶ The councillors shook their heads. \"I will not let this chance go by.\"", "Tom Vale")]
    public void ARoleNotShownToBeTheSubjectAlone_DoesNotGiveItsHolderTheQuote(string language, string paragraphs, string notSpeaker)
        => Assert.NotEqual(notSpeaker, QuoteSpeakers.InLanguage(language, "Probe", paragraphs.Split(" ¶ "))[^1]);
}
