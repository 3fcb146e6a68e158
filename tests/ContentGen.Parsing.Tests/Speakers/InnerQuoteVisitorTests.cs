namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone the teller met, told inside the teller's quote: a visitor's, a guest's or a child's words
/// that a guide, a cleaner or a manager reports (session 64). The probes sort them by what names the
/// inner speaker: someone new whose noun has an adjective before it ("An elderly man asked me"), someone
/// new after a fronted adverb ("Yesterday a woman asked me"), English "one" as the article ("One woman
/// asked me"), a Portuguese verb with its object pronoun joined ("perguntou-me"), a child. Each row: the
/// paragraphs (" ¶ " between), then the body quotes' speakers in order ("-" for no one), the inner quote last.
/// </summary>
public sealed class InnerQuoteVisitorTests
{
    [Theory]
    [InlineData("The ferry timetable changed in May. ¶ \"An elderly man asked me, 'Is the last boat still at six?'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|man")]
    [InlineData("The ferry timetable changed in May. ¶ \"A young mother told us: 'She was by the kiosk,'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|mother")]
    [InlineData("Der Fahrplan der Fähre hat sich im Mai geändert. ¶ „Ein älterer Mann hat mich gefragt: ‚Fährt das letzte Boot noch um sechs?‘“, erzählt Ruth Kahl, die am Anleger Karten verkauft.", "Ruth Kahl|Mann")]
    [InlineData("Der Fahrplan der Fähre hat sich im Mai geändert. ¶ „Eine aufgeregte Touristin fragte mich: ‚Wo ist der Ausgang?‘“, erzählt Ruth Kahl, die am Anleger Karten verkauft.", "Ruth Kahl|Touristin")]
    [InlineData("De dienstregeling van de veerboot veranderde in mei. ¶ ‘Een oudere man vroeg me: “Gaat de laatste boot nog om zes uur?”’, vertelt Ria Kool, die aan de steiger kaartjes verkoopt.", "Ria Kool|man")]
    [InlineData("De dienstregeling van de veerboot veranderde in mei. ¶ ‘Een boze bezoeker riep tegen ons: “Waar is de uitgang?”’, vertelt Ria Kool, die aan de steiger kaartjes verkoopt.", "Ria Kool|bezoeker")]
    [InlineData("Les horaires du bac ont changé en mai. ¶ « Une vieille femme m'a demandé : “Le dernier bateau part-il toujours à six heures ?” », raconte Rose Calvet, qui vend les billets au quai.", "Rose Calvet|femme")]
    public void SomeoneNewWithAnAdjectiveBeforeTheNoun_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    [InlineData("Les horaires du bac ont changé en mai. ¶ « Une femme âgée m'a demandé : “Le dernier bateau part-il toujours à six heures ?” », raconte Rose Calvet, qui vend les billets au quai.", "Rose Calvet|femme")]
    [InlineData("El horario del ferri cambió en mayo. ¶ «Un hombre mayor me preguntó: “¿El último barco sigue saliendo a las seis?”», cuenta Rosa Calvo, que vende billetes en el muelle.", "Rosa Calvo|hombre")]
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «Un uomo anziano mi ha chiesto: “L'ultima corsa parte ancora alle sei?”», racconta Rosa Calvi, che vende i biglietti al molo.", "Rosa Calvi|uomo")]
    [InlineData("O horário do barco mudou em maio. ¶ «Uma mulher idosa perguntou: “O último barco ainda sai às seis?”», conta Rosa Calado, que vende bilhetes no cais.", "Rosa Calado|mulher")]
    // A courtesy title as the noun, a nationality after it: the lady is someone new (session 70, colon:
    // InnerQuoteSpeaker.CourtesyNewcomer.cs); this row expected no one while no list took "signora" for a noun.
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «Una signora tedesca mi ha chiesto: “L'ultima corsa parte ancora alle sei?”», racconta Rosa Calvi, che vende i biglietti al molo.", "Rosa Calvi|signora")]
    public void SomeoneNewWithAnAdjectiveAfterTheNoun_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    [InlineData("The ferry timetable changed in May. ¶ \"Yesterday a woman asked me, 'Is the last boat still at six?'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|woman")]
    [InlineData("The ferry timetable changed in May. ¶ \"Then a passenger shouted: 'We're moving!'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|passenger")]
    [InlineData("Les horaires du bac ont changé en mai. ¶ « Hier une passagère m'a demandé : “Le dernier bateau part-il toujours à six heures ?” », raconte Rose Calvet, qui vend les billets au quai.", "Rose Calvet|passagère")]
    [InlineData("El horario del ferri cambió en mayo. ¶ «Ayer una pasajera me preguntó: “¿El último barco sigue saliendo a las seis?”», cuenta Rosa Calvo, que vende billetes en el muelle.", "Rosa Calvo|pasajera")]
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «Ieri una passeggera mi ha chiesto: “L'ultima corsa parte ancora alle sei?”», racconta Rosa Calvi, che vende i biglietti al molo.", "Rosa Calvi|passeggera")]
    [InlineData("O horário do barco mudou em maio. ¶ «Ontem uma passageira perguntou: “O último barco ainda sai às seis?”», conta Rosa Calado, que vende bilhetes no cais.", "Rosa Calado|passageira")]
    [InlineData("Der Fahrplan der Fähre hat sich im Mai geändert. ¶ „Gestern fragte mich eine Passagierin: ‚Fährt das letzte Boot noch um sechs?‘“, erzählt Ruth Kahl, die am Anleger Karten verkauft.", "Ruth Kahl|Passagierin")]
    [InlineData("De dienstregeling van de veerboot veranderde in mei. ¶ ‘Gisteren vroeg een passagier me: “Gaat de laatste boot nog om zes uur?”’, vertelt Ria Kool, die aan de steiger kaartjes verkoopt.", "Ria Kool|passagier")]
    public void SomeoneNewAfterAFrontedAdverb_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    [InlineData("The ferry timetable changed in May. ¶ \"One woman asked me, 'Is the last boat still at six?'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|woman")]
    [InlineData("The ferry timetable changed in May. ¶ \"One driver told us: 'I have waited two hours,'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|driver")]
    public void OneAsTheArticle_BringsInSomeoneNew(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    [InlineData("O horário do barco mudou em maio. ¶ «Uma passageira perguntou-me: “O último barco ainda sai às seis?”», conta Rosa Calado, que vende bilhetes no cais.", "Rosa Calado|passageira")]
    [InlineData("O horário do barco mudou em maio. ¶ «Um vizinho disse-nos: “A ponte está fechada”», conta Rosa Calado, que vende bilhetes no cais.", "Rosa Calado|vizinho")]
    public void AVerbWithItsObjectPronounJoined_ReportsAsTheVerbAlone(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    [InlineData("The ferry timetable changed in May. ¶ \"A child asked me, 'Can I see the captain?'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|child")]
    [InlineData("Der Fahrplan der Fähre hat sich im Mai geändert. ¶ „Ein Kind hat mich gefragt: ‚Darf ich zum Kapitän?‘“, erzählt Ruth Kahl, die am Anleger Karten verkauft.", "Ruth Kahl|Kind")]
    [InlineData("De dienstregeling van de veerboot veranderde in mei. ¶ ‘Een meisje vroeg me: “Mag ik naar de kapitein?”’, vertelt Ria Kool, die aan de steiger kaartjes verkoopt.", "Ria Kool|meisje")]
    [InlineData("Les horaires du bac ont changé en mai. ¶ « Un enfant m'a demandé : “Je peux voir le capitaine ?” », raconte Rose Calvet, qui vend les billets au quai.", "Rose Calvet|enfant")]
    [InlineData("El horario del ferri cambió en mayo. ¶ «Una niña me preguntó: “¿Puedo ver al capitán?”», cuenta Rosa Calvo, que vende billetes en el muelle.", "Rosa Calvo|niña")]
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «Un bambino mi ha chiesto: “Posso vedere il capitano?”», racconta Rosa Calvi, che vende i biglietti al molo.", "Rosa Calvi|bambino")]
    [InlineData("O horário do barco mudou em maio. ¶ «Uma criança perguntou: “Posso ver o capitão?”», conta Rosa Calado, que vende bilhetes no cais.", "Rosa Calado|criança")]
    public void AChild_SaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // The teller asks; the visitor is asked.
    [InlineData("The ferry timetable changed in May. ¶ \"Yesterday I asked an elderly man: 'Do you need help?'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|Ruth Cale")]
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «Ieri ho chiesto a un uomo anziano: “Ha bisogno di aiuto?”», racconta Rosa Calvi, che vende i biglietti al molo.", "Rosa Calvi|-")]
    // A sign or a notice is no person: no one.
    [InlineData("The ferry timetable changed in May. ¶ \"Yesterday a handwritten sign said: 'Closed,'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|-")]
    [InlineData("The ferry timetable changed in May. ¶ \"An old notice told us: 'No entry,'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|-")]
    // A scare quote and a title inside the quote: no cue, no one.
    [InlineData("The ferry timetable changed in May. ¶ \"Yesterday an elderly man called it a 'floating bus', and laughed,\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|-")]
    [InlineData("The ferry timetable changed in May. ¶ \"One child was reading 'The Little Boat' on the deck,\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|-")]
    // "One of them": a pronoun's group, not someone named by a noun.
    [InlineData("The ferry timetable changed in May. ¶ \"One of them asked me, 'Is it far?'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|-")]
    // An official speaks for a body: no one, as before.
    [InlineData("The ferry timetable changed in May. ¶ \"Yesterday an official told us: 'The pier is closed,'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|-")]
    public void NoOneNewAsTheSubject_IsReadAsBefore(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    [Theory]
    // A pronoun as the subject: not the visitor's reading; it points back to the one newcomer the teller mentions in the
    // sentence before (InnerQuoteSpeaker.ThirdPerson.cs, session 69), never the teller.
    [InlineData("Der Fahrplan der Fähre hat sich im Mai geändert. ¶ „Gestern stand eine Frau an der Kasse. Als ich sie nach dem Ticket fragte, hat sie gesagt: ‚Ich fahre nur einmal mit‘“, erzählt Ruth Kahl, die am Anleger Karten verkauft.", "Ruth Kahl|Frau")]
    [InlineData("The ferry timetable changed in May. ¶ \"A man came to the window. He told me, 'I lost my ticket,'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|man")]
    public void APronounAsTheSubject_PointsBackToTheNewcomerTheTellerMentions(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);
}
