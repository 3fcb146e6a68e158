namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 69 (epithet): a noun of old age without a figure at the cue ("dice la anciana", "dice l'anziana",
/// "diz a idosa", "sagt die Greisin", "zegt de bejaarde", "dit le vieillard") takes up the person the article
/// named, as "the 81-year-old" does (SpeakerFinder.AgeGiven.cs): any age past sixty. English says it with an
/// adjective ("the elderly woman") and has no such noun. Negatives: two people given an age past sixty, the
/// person in focus given a young age, a man named before the feminine noun, and no one named at all.
/// Paragraphs are separated by " ¶ "; the expected speakers by "|", "-" for no one.
/// </summary>
public sealed class OldAgeNounTests
{
    [Theory]
    [InlineData("es", "En el andén, Dolores Baena sostiene un ramo de flores. «No he dormido en toda la noche», dice la anciana.", "Dolores Baena")]
    [InlineData("es", "En el andén, Julián Ortega sostiene un ramo de flores. «No he dormido en toda la noche», dice el anciano.", "Julián Ortega")]
    [InlineData("it", "Sul binario, Lucia Neri stringe un mazzo di fiori. «Non ho dormito tutta la notte», dice l'anziana.", "Lucia Neri")]
    [InlineData("it", "Sul binario, Carlo Bassi stringe un mazzo di fiori. «Non ho dormito tutta la notte», dice l'anziano.", "Carlo Bassi")]
    [InlineData("pt", "Na plataforma, Rita Lopes segura um ramo de flores. «Não dormi a noite toda», diz a idosa.", "Rita Lopes")]
    [InlineData("pt", "Na plataforma, Joaquim Santos segura um ramo de flores. «Não dormi a noite toda», diz o idoso.", "Joaquim Santos")]
    [InlineData("de", "Hildegard Mohr wartet mit einem Strauß Rosen am Bahnsteig. „Ich habe die ganze Nacht nicht geschlafen“, sagt die Greisin.", "Hildegard Mohr")]
    [InlineData("de", "Paul Ritter wartet mit einem Strauß Rosen am Bahnsteig. „Ich habe die ganze Nacht nicht geschlafen“, sagt der Greis.", "Paul Ritter")]
    [InlineData("nl", "Op het perron staat Anja Veldkamp met een bos bloemen. \"Ik heb de hele nacht niet geslapen\", zegt de bejaarde.", "Anja Veldkamp")]
    [InlineData("nl", "Op het perron staat Piet Mulder met een bos bloemen. \"Ik heb de hele nacht niet geslapen\", zegt de hoogbejaarde.", "Piet Mulder")]
    [InlineData("fr", "Sur le quai, Marcel Roux serre un bouquet de roses. « Je n'ai pas dormi de la nuit », dit le vieillard.", "Marcel Roux")]
    public void ANounOfOldAge_IsThePersonNamed(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);

    // The one of two people the article gave an age past sixty, not the young one named last.
    [Theory]
    [InlineData("es", "Dolores Baena, de 81 años, espera en el andén con su nieta, Lucía Pardo, de 24 años. «No he dormido en toda la noche», dice la anciana.", "Dolores Baena")]
    [InlineData("it", "Lucia Neri, 81 anni, aspetta sul binario con la nipote, Sara Conti, 24 anni. «Non ho dormito tutta la notte», dice l'anziana.", "Lucia Neri")]
    [InlineData("pt", "Rita Lopes, de 81 anos, espera na plataforma com a neta, Inês Matos, de 24 anos. «Não dormi a noite toda», diz a idosa.", "Rita Lopes")]
    [InlineData("nl", "Anja Veldkamp (81) wacht op het perron met haar kleindochter Sanne Bos (24). \"Ik heb de hele nacht niet geslapen\", zegt de bejaarde.", "Anja Veldkamp")]
    public void ANounOfOldAge_IsTheOneGivenAnOldAge(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);

    [Theory]
    // Two people given an age past sixty: no one.
    [InlineData("es", "Dolores Baena, de 81 años, y Carmen Ortega, de 79 años, esperan en el andén. «No he dormido en toda la noche», dice la anciana.", "-")]
    [InlineData("it", "Lucia Neri, 81 anni, e Rosa Bellini, 79 anni, aspettano sul binario. «Non ho dormito tutta la notte», dice l'anziana.", "-")]
    [InlineData("nl", "Anja Veldkamp (81) en Annie Wolters (79) wachten op het perron. \"Ik heb de hele nacht niet geslapen\", zegt de bejaarde.", "-")]
    // The person in focus given a young age: not them.
    [InlineData("es", "Lucía Pardo, de 34 años, espera en el andén con un ramo de flores. «No he dormido en toda la noche», dice la anciana.", "-")]
    [InlineData("pt", "Inês Matos, de 34 anos, espera na plataforma com um ramo de flores. «Não dormi a noite toda», diz a idosa.", "-")]
    [InlineData("de", "Sabine Kurz, 34, wartet mit einem Strauß Rosen am Bahnsteig. „Ich habe die ganze Nacht nicht geschlafen“, sagt die Greisin.", "-")]
    // A man named before the feminine noun: not him.
    [InlineData("es", "Tomás Herrero está cansado después del viaje. «No he dormido en toda la noche», dice la anciana.", "-")]
    [InlineData("pt", "Joaquim Santos está cansado depois da viagem. «Não dormi a noite toda», diz a idosa.", "-")]
    // No one named: no one.
    [InlineData("es", "El tren llegó a las doce con media hora de retraso. «No he dormido en toda la noche», dice la anciana.", "-")]
    [InlineData("fr", "Le train est arrivé à midi avec une demi-heure de retard. « Je n'ai pas dormi de la nuit », dit le vieillard.", "-")]
    public void ANounOfOldAge_FittingTwoOrNoOne_IsNoOne(string language, string paragraphs, string expected)
        => LanguageLeads.CheckSpeakers(language, paragraphs, expected);
}
