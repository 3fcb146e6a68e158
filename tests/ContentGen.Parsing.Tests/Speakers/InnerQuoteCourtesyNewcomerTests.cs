namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone the teller met, named by a courtesy title used as a noun after an indefinite article, says the
/// inner words (session 70, colon): "una signora mi ha detto", "un señor me dijo", "um senhor disse-me",
/// "een mevrouw vroeg me", "une dame m'a demandé", "a lady asked me", "ein Herr hat mich gefragt". Before a
/// name the same word is a title; after "una", "un", "um", "een", "une", "a" or "ein" it brings in someone
/// new. Each row: the paragraphs (" ¶ " between), then the body quotes' speakers in order ("-" for no one),
/// the inner quote last.
/// </summary>
public sealed class InnerQuoteCourtesyNewcomerTests
{
    [Theory]
    [InlineData("The ferry timetable changed in May. ¶ \"A lady asked me: 'Is the last boat still at six?'\" said Ruth Cale, who sells tickets at the pier.", "Ruth Cale|lady")]
    [InlineData("Les horaires du bac ont changé en mai. ¶ « Une dame m'a demandé : “Le dernier bateau part-il toujours à six heures ?” », raconte Rose Calvet, qui vend les billets au quai.", "Rose Calvet|dame")]
    [InlineData("Les horaires du bac ont changé en mai. ¶ « Un monsieur nous a dit : “Le dernier bateau est parti.” », raconte Rose Calvet, qui vend les billets au quai.", "Rose Calvet|monsieur")]
    [InlineData("El horario del ferri cambió en mayo. ¶ «Una señora me preguntó: “¿El último barco sigue saliendo a las seis?”», cuenta Rosa Calvo, que vende billetes en el muelle.", "Rosa Calvo|señora")]
    [InlineData("El horario del ferri cambió en mayo. ¶ «Un señor me dijo: “El último barco ya ha salido”», cuenta Rosa Calvo, que vende billetes en el muelle.", "Rosa Calvo|señor")]
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «Una signora mi ha chiesto: “L'ultima corsa parte ancora alle sei?”», racconta Rosa Calvi, che vende i biglietti al molo.", "Rosa Calvi|signora")]
    [InlineData("O horário do barco mudou em maio. ¶ «Um senhor disse-me: “O último barco já saiu.”», conta Rosa Calado, que vende bilhetes no cais.", "Rosa Calado|senhor")]
    [InlineData("O horário do barco mudou em maio. ¶ «Uma senhora perguntou: “O último barco ainda sai às seis?”», conta Rosa Calado, que vende bilhetes no cais.", "Rosa Calado|senhora")]
    [InlineData("De dienstregeling van de veerboot veranderde in mei. ¶ ‘Een mevrouw vroeg me: “Gaat de laatste boot nog om zes uur?”’, vertelt Ria Kool, die aan de steiger kaartjes verkoopt.", "Ria Kool|mevrouw")]
    [InlineData("De dienstregeling van de veerboot veranderde in mei. ¶ ‘Een meneer zei tegen ons: “De laatste boot is al weg.”’, vertelt Ria Kool, die aan de steiger kaartjes verkoopt.", "Ria Kool|meneer")]
    [InlineData("Der Fahrplan der Fähre hat sich im Mai geändert. ¶ „Ein Herr hat mich gefragt: ‚Fährt das letzte Boot noch um sechs?‘“, erzählt Ruth Kahl, die am Anleger Karten verkauft.", "Ruth Kahl|Herr")]
    public void ACourtesyTitleAfterAnIndefiniteArticle_IsSomeoneNewWhoSaysTheInnerQuote(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // The visitor reading (an adverb first, an adjective beside the noun) takes the title as a noun too.
    [Theory]
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «Ieri una signora olandese mi ha chiesto: “L'ultima corsa parte ancora alle sei?”», racconta Rosa Calvi, che vende i biglietti al molo.", "Rosa Calvi|signora")]
    [InlineData("El horario del ferri cambió en mayo. ¶ «Ayer una señora me preguntó: “¿El último barco sigue saliendo a las seis?”», cuenta Rosa Calvo, que vende billetes en el muelle.", "Rosa Calvo|señora")]
    public void ACourtesyTitleAfterAnAdverb_IsSomeoneNewToo(string paragraphs, string expected)
        => QuoteSpeakers.Check(paragraphs, expected);

    // A definite article: the lady may be someone the article named ("la signora Rossi"), so no noun is given.
    [Theory]
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «La signora mi ha chiesto: “L'ultima corsa parte ancora alle sei?”», racconta Rosa Calvi, che vende i biglietti al molo.", "signora")]
    [InlineData("El horario del ferri cambió en mayo. ¶ «La señora me preguntó: “¿El último barco sigue saliendo a las seis?”», cuenta Rosa Calvo, que vende billetes en el muelle.", "señora")]
    [InlineData("De dienstregeling van de veerboot veranderde in mei. ¶ ‘De mevrouw vroeg me: “Gaat de laatste boot nog om zes uur?”’, vertelt Ria Kool, die aan de steiger kaartjes verkoopt.", "mevrouw")]
    public void ACourtesyTitleAfterADefiniteArticle_IsNoNewcomer(string paragraphs, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.Of(paragraphs.Split(" ¶ ")));

    // The title before a name is the named person's, no one new; a title that only offices hold
    // ("portavoce") speaks for a body and brings in no newcomer.
    [Theory]
    [InlineData("L'orario del traghetto è cambiato a maggio. ¶ «Un portavoce ci ha detto: “L'ultima corsa è soppressa”», racconta Rosa Calvi, che vende i biglietti al molo.", "portavoce")]
    [InlineData("El horario del ferri cambió en mayo. ¶ «Un portavoz nos dijo: “El último barco está suprimido”», cuenta Rosa Calvo, que vende billetes en el muelle.", "portavoz")]
    public void AnOfficeHoldersTitle_IsNoNewcomer(string paragraphs, string notSpeaker)
        => Assert.DoesNotContain(notSpeaker, QuoteSpeakers.Of(paragraphs.Split(" ¶ ")));
}
