namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A teller reports words someone else said (SpeakerFinder.ToldBySomeoneElse.cs): the quote after
/// the colon is the unnamed person's whom the reported clause right before it makes speak, an
/// indefinite article and a person's noun as the subject of a verb of saying or asking, given by the
/// noun; the teller speaks again after. The teller's own words after a verb of telling, and a person
/// asked (an object after the verb), are left to the teller. Each row: the paragraphs (" ¶ "
/// between), then the body quotes' speakers in order ("-" for no one).
/// </summary>
public sealed class ToldBySomeoneElseTests
{
    [Theory]
    // German: a comma opens the reported clause, its verb last.
    [InlineData("Der Busfahrer Jonas Keller fährt seit zehn Jahren die Linie 4 durch die Stadt. ¶ Er erzählt, eine ältere Frau habe ihn neulich gefragt: „Wo halten Sie denn jetzt?“ Die Haltestelle sei weg. „Da sucht sie keiner“, sagt er.", "Frau|Jonas Keller")]
    // French: the complementiser elided into the article.
    [InlineData("Le chauffeur Gérard Maupin conduit le car du circuit 14 depuis vingt ans. ¶ Il raconte qu'un élève de sixième lui a demandé la semaine dernière : « Monsieur, vous venez demain ? » « Je n'avais pas de réponse », soupire-t-il.", "élève|Gérard Maupin")]
    // Italian.
    [InlineData("Il tassista Davide Rossi lavora in centro da quindici anni. ¶ Rossi ricorda che un passeggero gli ha chiesto: «Quanto ci vuole adesso?» «Non lo so più», ammette.", "passeggero|Davide Rossi")]
    // Dutch, verb second: the subject right after the verb of a main clause.
    [InlineData("Vrachtwagenchauffeur Henk Visser rijdt elke dag door het dorp. ¶ Vorige week riep een bewoner hem na: ‘Rij door je eigen straat!’ ‘Ik snap het wel’, zegt hij.", "bewoner|Henk Visser")]
    public void APersonTheTellerReports_SaysTheQuoteAfterTheColon(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The teller's own words after a verb of telling.
    [InlineData("Die Pendlerin Sara Lang fährt jeden Tag mit dem Bus in die Stadt. ¶ Sie erzählt mir: „Ich warte jeden Morgen eine halbe Stunde.“", "Pendlerin")]
    // A person asked, an object after the verb, is the listener.
    [InlineData("The bus driver Tom Hale has driven the number 4 through town for ten years. ¶ He asked a passenger: \"Where do you want to go?\"", "passenger")]
    [InlineData("Le chauffeur Gérard Maupin conduit le car du circuit 14 depuis vingt ans. ¶ Il a demandé à un élève : « Tu viens demain ? »", "élève")]
    [InlineData("Il tassista Davide Rossi lavora in centro da quindici anni. ¶ Rossi racconta che ha detto a una cliente: «Il treno parte alle otto».", "cliente")]
    // A name opening a Dutch main clause is its subject: the noun after the verb is the one spoken to.
    [InlineData("Vrachtwagenchauffeur Henk Visser rijdt elke dag door het dorp. ¶ Henk vroeg een bewoner: ‘Waar is de omleiding?’", "bewoner")]
    // A noun that describes a spokesman is no one's subject.
    [InlineData("The prison service faces more than a thousand claims from former inmates. ¶ It says that an executive spokesman told the court: \"We will study the judgement in detail.\"", "executive")]
    public void TheTellerOrAListener_IsNotTakenForSomeoneElse(string paragraphs, string noun)
        => Assert.DoesNotContain(noun, QuoteSpeakers.Under("Probe", paragraphs.Split(" ¶ ")));

    [Theory]
    // Italian: a time before the subject, a pronoun of the one spoken to before the verb; English:
    // "that". Only the quote after the colon is this reading's (the teller's line after it is read by others).
    [InlineData("Il tassista Davide Rossi lavora in centro da quindici anni. ¶ Rossi racconta che già il primo giorno una cliente gli ha detto: «Se perdo il treno, paga il Comune». «E io cosa le rispondo?», allarga le braccia.", "cliente")]
    [InlineData("The bus driver Tom Hale has driven the number 4 through town for ten years. ¶ He says that a woman asked him last week: \"Where do you stop now?\" \"I could not tell her,\" he said.", "woman")]
    public void APersonTheTellerReports_SaysTheFirstQuote(string paragraphs, string noun)
        => Assert.Equal(noun, QuoteSpeakers.Under("Probe", paragraphs.Split(" ¶ "))[0]);
}
