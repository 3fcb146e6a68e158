namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A given name whose gender is plain is the weakest evidence of a person's gender for every reading
/// that asks one (SpeakerFinder.GivenNameGender.cs): a pronoun passes over someone whose given name is
/// of the other gender to the person of its own named before, in every language; two people of the
/// pronoun's gender leave it to the one named last; an ambiguous name gives no gender, and a title the
/// article writes wins over the name's list. Past someone of the other gender in its own paragraph a
/// pronoun reaches no one further back (DiscourseState.OtherGenderPassed.cs): the one meant is someone
/// in that paragraph whom the reading never recorded ("asked the harbour master … he replied").
/// </summary>
public sealed class GivenNamePronounTests
{
    // A man, then a woman, each named with their given name only, then a pronoun of the man's gender.
    [Theory]
    [InlineData("en", "Tom Hadley runs the ferry to Marrow Island. “We sail at six every morning,” said Hadley. ¶ Karen Voss, who sells the tickets, sees it differently. “Nobody comes before eight,” said Voss. ¶ “Six has always been the hour,” he said.", "Tom Hadley|Karen Voss|Tom Hadley")]
    [InlineData("fr", "Thierry Vasseur conduit le bac de l'île. « Nous partons à six heures », explique Vasseur. ¶ Martine Roux, qui vend les billets, n'est pas d'accord. « Personne ne vient avant huit heures », dit Roux. ¶ « Six heures, c'est l'heure depuis toujours », a-t-il ajouté.", "Thierry Vasseur|Martine Roux|Thierry Vasseur")]
    [InlineData("de", "Jürgen Vogt fährt die Fähre zur Insel. „Wir legen um sechs ab“, sagt Vogt. ¶ Anke Brandl, die die Karten verkauft, sieht das anders. „Vor acht kommt niemand“, sagt Brandl. ¶ „Sechs Uhr war immer die Zeit“, sagt er.", "Jürgen Vogt|Anke Brandl|Jürgen Vogt")]
    [InlineData("es", "Javier Molina lleva el ferry a la isla. «Salimos a las seis», dice Molina. ¶ Carmen Ortega, que vende los billetes, no está de acuerdo. «Nadie viene antes de las ocho», dice Ortega. ¶ «Las seis han sido siempre la hora», añadió él.", "Javier Molina|Carmen Ortega|Javier Molina")]
    [InlineData("it", "Giuseppe Bertani guida il traghetto per l'isola. «Partiamo alle sei», dice Bertani. ¶ Giulia Pardini, che vende i biglietti, non è d'accordo. «Nessuno arriva prima delle otto», dice Pardini. ¶ «Le sei sono sempre state l'ora», ha aggiunto lui.", "Giuseppe Bertani|Giulia Pardini|Giuseppe Bertani")]
    [InlineData("pt", "João Ferreira leva o barco para a ilha. «Saímos às seis», diz Ferreira. ¶ Joana Matos, que vende os bilhetes, não concorda. «Ninguém chega antes das oito», diz Matos. ¶ «As seis sempre foram a hora», acrescentou ele.", "João Ferreira|Joana Matos|João Ferreira")]
    [InlineData("nl", "Joost Bakker vaart de veerboot naar het eiland. ‘We vertrekken om zes uur’, zegt Bakker. ¶ Fenna Visser, die de kaartjes verkoopt, ziet dat anders. ‘Voor achten komt niemand’, zegt Visser. ¶ ‘Zes uur is altijd het uur geweest’, zegt hij.", "Joost Bakker|Fenna Visser|Joost Bakker")]
    public void APronoun_PassesOverAGivenNameOfTheOtherGender(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // The woman in the pronoun's own paragraph asks someone the reading does not record: the pronoun
    // of the other gender is that person's, never the man of the paragraph before.
    [Theory]
    [InlineData("en", "Tom Hadley runs the ferry to Marrow Island. “We sail at six every morning,” said Hadley. ¶ Karen Voss, who sells the tickets, asked the harbour master about the timetable. “Nothing will change before spring,” he replied.", "Tom Hadley|-")]
    [InlineData("fr", "Thierry Vasseur conduit le bac de l'île. « Nous partons à six heures », explique Vasseur. ¶ Martine Roux, qui vend les billets, a interrogé le capitaine du port sur les horaires. « Rien ne changera avant le printemps », a-t-il répondu.", "Thierry Vasseur|-")]
    [InlineData("de", "Jürgen Vogt fährt die Fähre zur Insel. „Wir legen um sechs ab“, sagt Vogt. ¶ Anke Brandl, die die Karten verkauft, fragte den Hafenmeister nach dem Fahrplan. „Vor dem Frühjahr ändert sich nichts“, antwortete er.", "Jürgen Vogt|-")]
    [InlineData("es", "Javier Molina lleva el ferry a la isla. «Salimos a las seis», dice Molina. ¶ Carmen Ortega, que vende los billetes, preguntó al capitán del puerto por los horarios. «Nada cambiará antes de la primavera», respondió él.", "Javier Molina|-")]
    [InlineData("it", "Giuseppe Bertani guida il traghetto per l'isola. «Partiamo alle sei», dice Bertani. ¶ Giulia Pardini, che vende i biglietti, ha chiesto al capitano del porto degli orari. «Non cambierà nulla prima della primavera», ha replicato lui.", "Giuseppe Bertani|-")]
    [InlineData("pt", "João Ferreira leva o barco para a ilha. «Saímos às seis», diz Ferreira. ¶ Joana Matos, que vende os bilhetes, perguntou ao capitão do porto pelos horários. «Nada vai mudar antes da primavera», respondeu ele.", "João Ferreira|-")]
    [InlineData("nl", "Joost Bakker vaart de veerboot naar het eiland. ‘We vertrekken om zes uur’, zegt Bakker. ¶ Fenna Visser, die de kaartjes verkoopt, vroeg de havenmeester naar de dienstregeling. ‘Voor het voorjaar verandert er niets’, antwoordde hij.", "Joost Bakker|-")]
    public void APronoun_PastSomeoneOfTheOtherGenderInItsParagraph_ReachesNoFurtherBack(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // Two women named in turn, then "she": the one named last, as before.
    [Theory]
    [InlineData("en", "Karen Voss sells the tickets. “Nobody comes before eight,” said Voss. ¶ Linda Price, who runs the café, agreed. “The mornings are empty,” said Price. ¶ “We close at noon now,” she added.", "Karen Voss|Linda Price|Linda Price")]
    [InlineData("de", "Anke Brandl verkauft die Karten. „Vor acht kommt niemand“, sagt Brandl. ¶ Heike Sommer, die das Café führt, stimmt zu. „Morgens ist es leer“, sagt Sommer. ¶ „Wir schließen jetzt mittags“, fügt sie hinzu.", "Anke Brandl|Heike Sommer|Heike Sommer")]
    [InlineData("fr", "Martine Roux vend les billets. « Personne ne vient avant huit heures », dit Roux. ¶ Sabine Lemaire, qui tient le café, est d'accord. « Les matinées sont vides », dit Lemaire. ¶ « Nous fermons à midi maintenant », a-t-elle ajouté.", "Martine Roux|Sabine Lemaire|Sabine Lemaire")]
    [InlineData("it", "Giulia Pardini vende i biglietti. «Nessuno arriva prima delle otto», dice Pardini. ¶ Paola Cocchi, che gestisce il bar, è d'accordo. «Le mattine sono vuote», dice Cocchi. ¶ «Ora chiudiamo a mezzogiorno», ha aggiunto lei.", "Giulia Pardini|Paola Cocchi|Paola Cocchi")]
    public void APronoun_AfterTwoPeopleOfItsGender_MeansTheLast(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // A name given to men and women (Robin, Dominique, Andrea) shows no gender: the pronoun means the
    // person named last, as for a name no list holds.
    [Theory]
    [InlineData("en", "Tom Hadley runs the ferry to Marrow Island. “We sail at six every morning,” said Hadley. ¶ Robin Voss, who sells the tickets, sees it differently. “Nobody comes before eight,” said Voss. ¶ “Six has always been the hour,” he said.", "Tom Hadley|Robin Voss|Robin Voss")]
    [InlineData("fr", "Thierry Vasseur conduit le bac de l'île. « Nous partons à six heures », explique Vasseur. ¶ Dominique Roux, qui vend les billets, n'est pas d'accord. « Personne ne vient avant huit heures », dit Roux. ¶ « Six heures, c'est l'heure depuis toujours », a-t-il ajouté.", "Thierry Vasseur|Dominique Roux|Dominique Roux")]
    [InlineData("it", "Giuseppe Bertani guida il traghetto per l'isola. «Partiamo alle sei», dice Bertani. ¶ Andrea Pardini, che vende i biglietti, non è d'accordo. «Nessuno arriva prima delle otto», dice Pardini. ¶ «Le sei sono sempre state l'ora», ha aggiunto lui.", "Giuseppe Bertani|Andrea Pardini|Andrea Pardini")]
    public void AnAmbiguousGivenName_GivesNoGender(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // "Mr Evelyn Voss": the title the article writes wins over the given name's list.
    [Theory]
    [InlineData("en", "Tom Hadley runs the ferry to Marrow Island. “We sail at six every morning,” said Hadley. ¶ Mr Evelyn Voss, who sells the tickets, sees it differently. “Nobody comes before eight,” said Mr Voss. ¶ “Eight is too late,” he said.", "Tom Hadley|Evelyn Voss|Evelyn Voss")]
    public void ATitle_WinsOverTheGivenNamesList(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // "Seine Frau Resi … das sagt sie selbst. „…“": the wife, whose given name shows her a woman, and
    // not her husband, whose surname she shares.
    [Theory]
    [InlineData("de", "Georg Hallmann braut seit vierzig Jahren Bier. „Der Kessel ist älter als ich“, sagt Hallmann. ¶ Seine Frau Resi führt das Gasthaus nebenan. Sie ist die Ruhigere der beiden, das sagt sie selbst. „Ich rede mit der Bank.“", "Georg Hallmann|Resi")]
    public void AWifeBroughtInByHerGivenName_IsWhomSheMeans(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // The probes of other rules written with a man's given name beside a pronoun of a woman, read as
    // an editor reads them now: the woman set beside him is meant.
    [Theory]
    [InlineData("es", "Pablo Ortega llegó con la alcaldesa, Marta Gil. «No vamos a ceder», dijo ella.", "Marta Gil")]
    [InlineData("pt", "Paulo Neves chegou com a presidente da câmara, Ana Lopes. «Não vamos desistir», disse ela.", "Ana Lopes")]
    [InlineData("es", "La huelga sigue en los hoteles de la costa. ¶ Para Carmen Lozoya, el conflicto era previsible. «El modelo se sostiene sobre salarios bajos», dice ella.", "Carmen Lozoya")]
    public void AWomanSetBesideAManNamedByHisGivenName_IsWhomSheMeans(string language, string paragraphs, string expected)
        => QuoteSpeakers.Check(language, paragraphs, expected);

    // The same probes where the reader gives the woman no one rather than the man: never the man.
    [Theory]
    [InlineData("en", "\"We need more buses,\" said Tom Hale. ¶ The mayor stepped in. \"This debate is closed,\" she said.", "Tom Hale")]
    [InlineData("en", "Tom Riley met Sarah Bell on Monday. \"We need a new bridge,\" she said.", "Tom Riley")]
    [InlineData("en", "\"We will be ready in May,\" said Tom Fox Jr. Anna Lee did not agree with him. \"It will not be ready before the autumn,\" she said.", "Tom Fox Jr")]
    [InlineData("fr", "Paul Marchand est venu avec la maire, Sophie Lenoir. « Nous ne céderons pas », a-t-elle dit.", "Paul Marchand")]
    public void APronounOfTheOtherGender_NeverMeansAManNamedByHisGivenName(string language, string paragraphs, string man)
        => Assert.NotEqual(man, QuoteSpeakers.InLanguage(language, "Probe", paragraphs.Split(" ¶ "))[^1]);
}
