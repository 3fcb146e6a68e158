namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A source that passes words on ("The Sunday Courier reports that Jon Vale told a magazine:") is
/// not their speaker: the clause the complementiser opens has its own subject and its own verb of
/// saying, and that subject spoke the quote after the colon. A clause whose verb does not report
/// ("Jane Roe warned that Britain faced a crisis:") leaves the speaker the outer subject.
/// </summary>
public sealed class ReportedTellerColonTests
{
    [Theory]
    [InlineData("Striker talks", "Jon Vale is in talks with the club. The Sunday Courier reports that Vale told a French magazine: \"I either win titles or I have an easy life.\"", "Jon Vale")]
    [InlineData("Striker talks", "Jon Vale is in talks with the club. It is understood that the striker told the board: \"I want to stay here.\"", "Jon Vale")]
    [InlineData("Transfert", "Jean Morel est en discussion avec le club. Le Courrier du Dimanche rapporte que Morel a déclaré à un magazine : « Je veux gagner des titres. »", "Jean Morel")]
    [InlineData("Fichaje", "Jon Vale negocia con el club. El Correo del Domingo informa que Vale dijo a una revista: «Quiero ganar títulos».", "Jon Vale")]
    [InlineData("Transferência", "Jon Vale negoceia com o clube. O Correio de Domingo noticia que Vale disse a uma revista: «Quero ganhar títulos».", "Jon Vale")]
    public void TheReportedClausesSubject_SpeaksTheQuote(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    // Guards: the inner clause does not report, or closes an opening phrase, so the outer subject speaks.
    [InlineData("Crisis warning", "Jane Roe spoke in Leeds on Monday. She warned that Britain faced a crisis: \"We must act now.\"", "Jane Roe")]
    [InlineData("Crisis warning", "Jane Roe warned that the plan would fail: \"We must act now.\"", "Jane Roe")]
    [InlineData("Cup row", "Tom Vale met the press on Friday. Reminded that Ray Dunn called him a disgrace, Vale added: \"I do not respond to anything.\"", "Tom Vale")]
    [InlineData("Alerte", "Julie Caron a averti que la France traversait une crise : « Il faut agir. »", "Julie Caron")]
    public void AnInnerClauseThatDoesNotReport_LeavesTheOuterSubject(string headline, string paragraph, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    [Theory]
    // German and Dutch put a subordinate clause's verb last: the verb of saying stands before the colon.
    [InlineData("de", "Jon Vale verhandelt mit dem Verein. Der Sonntagskurier berichtet, dass Vale einer Zeitschrift sagte: „Ich will Titel gewinnen.“", "Jon Vale")]
    [InlineData("de", "Jon Vale verhandelt mit dem Verein. Der Sonntagskurier berichtet, dass Vale einer Zeitschrift gesagt hat: „Ich will Titel gewinnen.“", "Jon Vale")]
    [InlineData("nl", "Jon Vale praat met de club. De Zondagskoerier meldt dat Vale tegen een tijdschrift zei: „Ik wil prijzen winnen.”", "Jon Vale")]
    [InlineData("nl", "Jon Vale praat met de club. De Zondagskoerier meldt dat Vale tegen een tijdschrift heeft gezegd: „Ik wil prijzen winnen.”", "Jon Vale")]
    [InlineData("it", "Jon Vale tratta con il club. Il Corriere della Domenica riferisce che Vale ha detto a una rivista: «Voglio vincere titoli».", "Jon Vale")]
    public void AVerbFinalReportedClausesSubject_SpeaksTheQuote(string language, string paragraph, string speaker)
        => QuoteSpeakers.Check(language, paragraph, speaker);

    [Theory]
    // Someone the teller's possessive ties to her, whose words she recalls ("that her grandfather said:"): the
    // article named him before, so he speaks.
    [InlineData("en", "Her grandfather, Paul Roe, built the mill in 1950. Ann Roe runs it today. She recalls that her grandfather said: \"Never sell the mill.\"", "Paul Roe")]
    [InlineData("fr", "Son grand-père, Paul Roux, a bâti le moulin en 1950. Anne Roux le tient aujourd'hui. Elle raconte que son grand-père répétait : « Ne vends jamais le moulin. »", "Paul Roux")]
    [InlineData("de", "Ihr Großvater, Paul Roth, baute die Mühle 1950. Heute führt sie Anna Roth. Sie erzählt, dass ihr Großvater immer sagte: „Verkauf niemals die Mühle.“", "Paul Roth")]
    [InlineData("es", "Su abuelo, Pablo Ruiz, levantó el molino en 1950. Hoy lo dirige Ana Ruiz. Ana Ruiz recuerda que su abuelo decía: «Nunca vendas el molino».", "Pablo Ruiz")]
    [InlineData("it", "Suo nonno, Paolo Rossi, costruì il mulino nel 1950. Oggi lo gestisce Anna Rossi. Anna Rossi racconta che suo nonno ripeteva: «Non vendere mai il mulino».", "Paolo Rossi")]
    [InlineData("pt", "O seu avô, Paulo Rocha, construiu o moinho em 1950. Hoje gere-o Ana Rocha. Ana Rocha conta que o seu avô dizia: «Nunca vendas o moinho».", "Paulo Rocha")]
    [InlineData("nl", "Haar opa, Paul de Rooij, bouwde de molen in 1950. Nu runt Anna de Rooij hem. Ze vertelt dat haar opa altijd zei: „Verkoop nooit de molen.”", "Paul de Rooij")]
    public void ANamedKinsWordsTheTellerRecalls_AreTheKinsWords(string language, string paragraph, string speaker)
        => QuoteSpeakers.Check(language, paragraph, speaker);

    [Theory]
    // The same with the kin unnamed: the words are not the teller's, and no one the article names spoke them.
    [InlineData("en", "Ann Roe runs the mill her family built. She recalls that her grandfather said: \"Never sell the mill.\"")]
    [InlineData("fr", "Anne Roux tient le moulin de sa famille. Elle raconte que son grand-père répétait : « Ne vends jamais le moulin. »")]
    [InlineData("de", "Anna Roth führt die Mühle ihrer Familie. Sie erzählt, dass ihr Großvater immer sagte: „Verkauf niemals die Mühle.“")]
    [InlineData("es", "Ana Ruiz dirige el molino de su familia. Ana Ruiz recuerda que su abuelo decía: «Nunca vendas el molino».")]
    [InlineData("it", "Anna Rossi gestisce il mulino di famiglia. Anna Rossi racconta che suo nonno ripeteva: «Non vendere mai il mulino».")]
    [InlineData("pt", "Ana Rocha gere o moinho da família. Ana Rocha conta que o seu avô dizia: «Nunca vendas o moinho».")]
    [InlineData("nl", "Anna de Rooij runt de molen van haar familie. Ze vertelt dat haar opa altijd zei: „Verkoop nooit de molen.”")]
    public void AnUnnamedKinsWordsTheTellerRecalls_AreNotTheTellers(string language, string paragraph)
        => QuoteSpeakers.Check(language, paragraph, "-");

    [Theory]
    // Guards: the teller mentions a person in a clause that does not report, or tells someone herself.
    [InlineData("en", "Ann Roe runs the mill her family built. She recalls that her grandfather built it: \"It was his whole life.\"", "Ann Roe")]
    [InlineData("en", "Ann Roe runs the mill her family built. She told me: \"My grandfather never sold it.\"", "Ann Roe")]
    [InlineData("fr", "Anne Roux tient le moulin de sa famille. Elle raconte que son grand-père l'a construit : « C'était toute sa vie. »", "Anne Roux")]
    [InlineData("de", "Anna Roth führt die Mühle ihrer Familie. Sie erzählt, dass ihr Großvater sie gebaut hat: „Das war sein Leben.“", "Anna Roth")]
    [InlineData("de", "Jane Roe sprach am Montag in Leipzig. Sie warnte, dass Deutschland in einer Krise stecke: „Wir müssen handeln.“", "Jane Roe")]
    [InlineData("es", "Ana Ruiz dirige el molino de su familia. Ana Ruiz recuerda que su abuelo lo construyó: «Era toda su vida».", "Ana Ruiz")]
    [InlineData("it", "Anna Rossi gestisce il mulino di famiglia. Anna Rossi racconta che suo nonno lo costruì: «Era tutta la sua vita».", "Anna Rossi")]
    [InlineData("pt", "Ana Rocha gere o moinho da família. Ana Rocha conta que o seu avô o construiu: «Era a vida dele».", "Ana Rocha")]
    [InlineData("nl", "Anna de Rooij runt de molen van haar familie. Ze vertelt dat haar opa hem bouwde: „Het was zijn leven.”", "Anna de Rooij")]
    [InlineData("nl", "Jane Roe sprak maandag in Utrecht. Ze waarschuwde dat Nederland in een crisis zat: „We moeten handelen.”", "Jane Roe")]
    // Spanish and Portuguese "que" after a verb that does not report is a relative.
    [InlineData("es", "Ana Ruiz dirige el molino de su familia. Ana Ruiz enseña la casa que su abuelo levantó: «Era toda su vida».", "Ana Ruiz")]
    [InlineData("pt", "Ana Rocha gere o moinho da família. Ana Rocha mostra a casa que o seu avô construiu: «Era a vida dele».", "Ana Rocha")]
    public void ATellerWhoMerelyMentionsSomeone_KeepsHerWords(string language, string paragraph, string speaker)
        => QuoteSpeakers.Check(language, paragraph, speaker);
}
