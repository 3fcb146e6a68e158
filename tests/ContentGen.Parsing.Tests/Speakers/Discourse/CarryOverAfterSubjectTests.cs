namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Probe matrix, shape 4: a quote sentence with no cue after a sentence whose subject is one
/// person (introduced by an appositive, a role, or a surname the article gave in full) is that
/// person's; so is a pronoun cue after a question the writer asks in between.
/// </summary>
public sealed class CarryOverAfterSubjectTests
{
    [Theory]
    [InlineData("en", "The kiosk owner, Ruth Kemp, thinks for a long time. \"No, not this year, maybe never.\"", "Ruth Kemp")]
    [InlineData("en", "Ruth Kemp, 61, runs the kiosk on the quay. Kemp thinks for a long time. \"No, not this year, maybe never.\"", "Ruth Kemp")]
    [InlineData("en", "Ruth Kemp, 61, runs the kiosk on the quay. Why does she stay? \"I have no other choice,\" she says.", "Ruth Kemp")]
    [InlineData("fr", "La gérante du kiosque, Lucie Garnier, réfléchit longuement. « Non, pas cette année, peut-être jamais. »", "Lucie Garnier")]
    [InlineData("fr", "Le capitaine du port Jean Vasseur secoue la tête. « Nous ne rouvrirons pas le quai avant le printemps. »", "Jean Vasseur")]
    [InlineData("fr", "Lucie Garnier, 61 ans, tient le kiosque du port. Garnier réfléchit longuement. « Non, pas cette année, peut-être jamais. »", "Lucie Garnier")]
    [InlineData("fr", "Lucie Garnier, 61 ans, tient le kiosque du port. Pourquoi reste-t-elle ? « Je n'ai pas d'autre choix », dit-elle.", "Lucie Garnier")]
    [InlineData("de", "Hafenmeister Jan Vogt schüttelt den Kopf. „Vor dem Frühjahr öffnen wir den Kai nicht.“", "Jan Vogt")]
    [InlineData("de", "Anna Huber, 61, betreibt den Kiosk am Hafen. Huber überlegt lange. „Nein, dieses Jahr nicht, vielleicht nie.“", "Anna Huber")]
    [InlineData("de", "Anna Huber, 61, betreibt den Kiosk am Hafen. Warum bleibt sie? „Ich habe keine andere Wahl“, sagt sie.", "Anna Huber")]
    [InlineData("es", "La dueña del quiosco, Rosa Gil, se lo piensa mucho. «No, este año no, quizá nunca.»", "Rosa Gil")]
    [InlineData("es", "Rosa Gil, de 61 años, lleva el quiosco del puerto. Gil se lo piensa mucho. «No, este año no, quizá nunca.»", "Rosa Gil")]
    [InlineData("es", "Rosa Gil, de 61 años, lleva el quiosco del puerto. ¿Por qué se queda? «No tengo otra opción», dice.", "Rosa Gil")]
    [InlineData("it", "La titolare del chiosco, Rosa Bianchi, ci pensa a lungo. «No, quest'anno no, forse mai.»", "Rosa Bianchi")]
    [InlineData("it", "Il comandante del porto Gianni Valli scuote la testa. «Non riapriremo il molo prima della primavera.»", "Gianni Valli")]
    [InlineData("it", "Rosa Bianchi, 61 anni, gestisce il chiosco del porto. Bianchi ci pensa a lungo. «No, quest'anno no, forse mai.»", "Rosa Bianchi")]
    [InlineData("it", "Rosa Bianchi, 61 anni, gestisce il chiosco del porto. Perché resta? «Non ho altra scelta», dice.", "Rosa Bianchi")]
    [InlineData("pt", "A dona do quiosque, Rosa Lopes, pensa durante muito tempo. “Não, este ano não, talvez nunca.”", "Rosa Lopes")]
    [InlineData("pt", "O capitão do porto João Vieira abana a cabeça. “Não vamos reabrir o cais antes da primavera.”", "João Vieira")]
    [InlineData("pt", "Rosa Lopes, de 61 anos, gere o quiosque do porto. Lopes pensa durante muito tempo. “Não, este ano não, talvez nunca.”", "Rosa Lopes")]
    [InlineData("pt", "Rosa Lopes, de 61 anos, gere o quiosque do porto. Porque fica? “Não tenho outra escolha”, diz.", "Rosa Lopes")]
    [InlineData("nl", "De uitbaatster van de kiosk, Ria Bakker, denkt lang na. \"Nee, dit jaar niet, misschien nooit.\"", "Ria Bakker")]
    [InlineData("nl", "Havenmeester Jan Visser schudt zijn hoofd. \"We openen de kade niet voor de lente.\"", "Jan Visser")]
    [InlineData("nl", "Ria Bakker (61) runt de kiosk in de haven. Bakker denkt lang na. \"Nee, dit jaar niet, misschien nooit.\"", "Ria Bakker")]
    [InlineData("nl", "Ria Bakker (61) runt de kiosk in de haven. Waarom blijft ze? \"Ik heb geen andere keus\", zegt ze.", "Ria Bakker")]
    public void AQuoteAfterASentenceAboutOnePerson_IsThatPersons(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Two people as the sentence's subject compete for the quote: no one.
    [Theory]
    [InlineData("en", "Ruth Kemp and Jon Vale talk for a long time. \"No, not this year, maybe never.\"")]
    [InlineData("fr", "Lucie Garnier et Jean Vasseur discutent longuement. « Non, pas cette année, peut-être jamais. »")]
    [InlineData("de", "Anna Huber und Jan Vogt reden lange. „Nein, dieses Jahr nicht, vielleicht nie.“")]
    [InlineData("es", "Rosa Gil y Juan Vidal hablan durante mucho tiempo. «No, este año no, quizá nunca.»")]
    [InlineData("it", "Rosa Bianchi e Gianni Valli parlano a lungo. «No, quest'anno no, forse mai.»")]
    [InlineData("pt", "Rosa Lopes e João Vieira falam durante muito tempo. “Não, este ano não, talvez nunca.”")]
    [InlineData("nl", "Ria Bakker en Jan Visser praten lang. \"Nee, dit jaar niet, misschien nooit.\"")]
    public void TwoPeopleAsTheSubject_CarryNoOneOver(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a sentence whose subject is a thing leaves the quote to the speaker of the paragraph
    // before, as S9 has always read it.
    [Theory]
    [InlineData("en", "The kiosk closes at six in winter. \"No, not this year, maybe never.\"")]
    [InlineData("fr", "Le kiosque ferme à six heures en hiver. « Non, pas cette année, peut-être jamais. »")]
    [InlineData("de", "Der Kiosk schließt im Winter um sechs. „Nein, dieses Jahr nicht, vielleicht nie.“")]
    [InlineData("es", "El quiosco cierra a las seis en invierno. «No, este año no, quizá nunca.»")]
    [InlineData("it", "Il chiosco chiude alle sei d'inverno. «No, quest'anno no, forse mai.»")]
    [InlineData("pt", "O quiosque fecha às seis no inverno. “Não, este ano não, talvez nunca.”")]
    [InlineData("nl", "De kiosk sluit in de winter om zes uur. \"Nee, dit jaar niet, misschien nooit.\"")]
    public void ASentenceAboutAThing_LeavesTheQuoteToTheEarlierSpeaker(string language, string paragraph)
        => Assert.Equal(ProbeArticle.EarlierSpeakerName(language), ProbeArticle.LastSpeaker(language, paragraph));
}
