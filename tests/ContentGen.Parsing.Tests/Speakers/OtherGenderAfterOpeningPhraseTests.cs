namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Session 64 (turns2): a subject pronoun after an opening phrase that names nobody ("At the market,
/// she", "En el mercado, él", "Op de markt hoort zij") in a sentence with no quote,
/// right after a speaker the article shows to be of the other gender, is someone else's turn, as a
/// sentence that opens on the pronoun is (Session 62, couples): the one other person who spoke and is
/// not shown to be of the other gender, else no one. Invented, in other words than the articles that
/// showed it. Read in en, es, pt, nl; the French, Italian and German probes (wrong at the base and still)
/// are not kept as rows. The probes this does not read are listed in docs/speakers.md (Session 64, turns2).
/// Session 65 (turns): the phrase opened by more prepositions of time and place (SpeechWords.CommaOpeningPrepositions:
/// "Au marché", "Al mercato", "Tras la reunión", "Após a reunião", "After the meeting") or by a participle of being
/// asked (SpeechWords.AskedParticiples: "Interrogée sur ce point", "Interpellata sul punto", "Asked about the delay"),
/// and a day in it naming no one ("On Sunday", "Am Sonntag"); the rows below the session's were wrong at its base.
/// </summary>
public sealed class OtherGenderAfterOpeningPhraseTests
{
    // The pronoun after the opening phrase passes over the last speaker to the one person of its gender quoted before.
    [Theory]
    [InlineData("\"The road has been shut for ten days,\" said Karen Holt, who runs the grocery. ¶ Dave Marsh, the warden, said the repairs were late. \"We rang them twice,\" he said. At the market, she hears the same complaints every morning. \"They always say that.\"", "Karen Holt|Dave Marsh|Karen Holt")]
    [InlineData("«El camino lleva una semana cerrado», cuenta Pablo Soto, que regenta el bar. ¶ La directora del parque, Ana Ruiz, asegura que las obras van con retraso. «Hemos llamado dos veces», dice ella. En el mercado, él oye las mismas quejas cada mañana. «Siempre dicen lo mismo.»", "Pablo Soto|Ana Ruiz|Pablo Soto")]
    [InlineData("«O caminho está fechado há uma semana», conta Paulo Reis, que gere o café. ¶ A diretora do parque, Ana Lopes, garante que as obras estão atrasadas. «Ligámos duas vezes», diz ela. No mercado, ele ouve as mesmas queixas todas as manhãs. «Dizem sempre o mesmo.»", "Paulo Reis|Ana Lopes|Paulo Reis")]
    [InlineData("‘Het pad is al een week dicht’, zegt Ingrid Mulder, die het café runt. ¶ Kees Bos, de boswachter, zegt dat de werken vertraging hebben. ‘We hebben twee keer gebeld’, zegt hij. Op de markt hoort zij elke ochtend dezelfde klachten. ‘Dat zeggen ze altijd.’", "Ingrid Mulder|Kees Bos|Ingrid Mulder")]
    // Session 65 (turns): more prepositions, a participle of being asked, a day in the phrase.
    [InlineData("« La route est coupée depuis dix jours », explique Claire Roux, qui tient l'épicerie. ¶ Marc Petit, le garde, assure que les travaux ont pris du retard. « Nous avons relancé deux fois », dit-il. Au marché, elle entend les mêmes plaintes chaque matin. « Ils disent toujours ça. »", "Claire Roux|Marc Petit|Claire Roux")]
    [InlineData("« La route est coupée depuis dix jours », explique Claire Roux, qui tient l'épicerie. ¶ Marc Petit, le garde, assure que les travaux ont pris du retard. « Nous avons relancé deux fois », dit-il. Interrogée sur ce point, elle reconnaît que la route est dangereuse. « Ils disent toujours ça. »", "Claire Roux|Marc Petit|Claire Roux")]
    [InlineData("«La strada è chiusa da dieci giorni», spiega Chiara Rossi, che gestisce la bottega. ¶ Marco Bianchi, il guardiano, assicura che i lavori sono in ritardo. «Abbiamo sollecitato due volte», dice lui. Al mercato, lei sente le stesse lamentele ogni mattina. «Dicono sempre così.»", "Chiara Rossi|Marco Bianchi|Chiara Rossi")]
    [InlineData("«La strada è chiusa da dieci giorni», spiega Chiara Rossi, che gestisce la bottega. ¶ Marco Bianchi, il guardiano, assicura che i lavori sono in ritardo. «Abbiamo sollecitato due volte», dice lui. Interpellata sul punto, lei ammette che la strada è pericolosa. «Dicono sempre così.»", "Chiara Rossi|Marco Bianchi|Chiara Rossi")]
    [InlineData("«El camino lleva una semana cerrado», cuenta Pablo Soto, que regenta el bar. ¶ La directora del parque, Ana Ruiz, asegura que las obras van con retraso. «Hemos llamado dos veces», dice ella. Tras la reunión, él oye las mismas quejas. «Siempre dicen lo mismo.»", "Pablo Soto|Ana Ruiz|Pablo Soto")]
    [InlineData("«El camino lleva una semana cerrado», cuenta Pablo Soto, que regenta el bar. ¶ La directora del parque, Ana Ruiz, asegura que las obras van con retraso. «Hemos llamado dos veces», dice ella. Preguntado por ello, él admite que el camino es peligroso. «Siempre dicen lo mismo.»", "Pablo Soto|Ana Ruiz|Pablo Soto")]
    [InlineData("«O caminho está fechado há uma semana», conta Paulo Reis, que gere o café. ¶ A diretora do parque, Ana Lopes, garante que as obras estão atrasadas. «Ligámos duas vezes», diz ela. Após a reunião, ele ouviu as mesmas queixas. «Dizem sempre o mesmo.»", "Paulo Reis|Ana Lopes|Paulo Reis")]
    [InlineData("«O caminho está fechado há uma semana», conta Paulo Reis, que gere o café. ¶ A diretora do parque, Ana Lopes, garante que as obras estão atrasadas. «Ligámos duas vezes», diz ela. Questionado sobre isso, ele admite que o caminho é perigoso. «Dizem sempre o mesmo.»", "Paulo Reis|Ana Lopes|Paulo Reis")]
    [InlineData("\"The road has been shut for ten days,\" said Karen Holt, who runs the grocery. ¶ Dave Marsh, the warden, said the repairs were late. \"We rang them twice,\" he said. After the meeting, she heard the same complaints. \"They always say that.\"", "Karen Holt|Dave Marsh|Karen Holt")]
    [InlineData("\"The road has been shut for ten days,\" said Karen Holt, who runs the grocery. ¶ Dave Marsh, the warden, said the repairs were late. \"We rang them twice,\" he said. Asked about the road, she admitted it was dangerous. \"They always say that.\"", "Karen Holt|Dave Marsh|Karen Holt")]
    [InlineData("\"The road has been shut for ten days,\" said Karen Holt, who runs the grocery. ¶ Dave Marsh, the warden, said the repairs were late. \"We rang them twice,\" he said. On Sunday, she heard the same complaints. \"They always say that.\"", "Karen Holt|Dave Marsh|Karen Holt")]
    [InlineData("„Die Straße ist seit zehn Tagen gesperrt“, sagt Bernd Kühn, der den Laden führt. ¶ Die Försterin Petra Lang versichert, die Arbeiten seien im Verzug. „Wir haben zweimal nachgefragt“, sagt sie. Am Sonntag hört er dieselben Klagen. „Das sagen sie immer.“", "Bernd Kühn|Petra Lang|Bernd Kühn")]
    public void APronounOfTheOtherGender_AfterAnOpeningPhrase_IsTheOnePersonOfItsGenderQuoted(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);

    // Negatives: two women quoted before (then nobody); the last speaker's own pronoun after the phrase (his turn goes on).
    [Theory]
    [InlineData("\"The road has been shut for ten days,\" said Karen Holt, who runs the grocery. ¶ \"Nobody told us,\" said Ruth Dale, a walker. ¶ Dave Marsh, the warden, said the repairs were late. \"We rang them twice,\" he said. At the market, she hears the same complaints every morning. \"They always say that.\"", "Karen Holt|Ruth Dale|Dave Marsh|-")]
    [InlineData("« La route est coupée depuis dix jours », explique Claire Roux, qui tient l'épicerie. ¶ Marc Petit, le garde, assure que les travaux ont pris du retard. « Nous avons relancé deux fois », dit-il. Au bureau, il reçoit des appels chaque matin. « Ils disent toujours ça. »", "Claire Roux|Marc Petit|Marc Petit")]
    // Session 65 (turns): the speaker's own pronoun after the new openings (fr, it, es, en); a woman named only inside the
    // man's quote (his mother: no one, not the man); two women quoted before (fr, it).
    [InlineData("« La route est coupée depuis dix jours », explique Claire Roux, qui tient l'épicerie. ¶ Marc Petit, le garde, assure que les travaux ont pris du retard. « Nous avons relancé deux fois », dit-il. Interrogé sur ce point, il reconnaît que la route est dangereuse. « Ils disent toujours ça. »", "Claire Roux|Marc Petit|Marc Petit")]
    [InlineData("«La strada è chiusa da dieci giorni», spiega Chiara Rossi, che gestisce la bottega. ¶ Marco Bianchi, il guardiano, assicura che i lavori sono in ritardo. «Abbiamo sollecitato due volte», dice lui. Dopo la riunione, lui ha sentito le stesse lamentele. «Dicono sempre così.»", "Chiara Rossi|Marco Bianchi|Marco Bianchi")]
    [InlineData("«El camino lleva una semana cerrado», cuenta Pablo Soto, que regenta el bar. ¶ La directora del parque, Ana Ruiz, asegura que las obras van con retraso. «Hemos llamado dos veces», dice ella. Tras la reunión, ella oyó las mismas quejas. «Siempre dicen lo mismo.»", "Pablo Soto|Ana Ruiz|Ana Ruiz")]
    [InlineData("\"The road has been shut for ten days,\" said Karen Holt, who runs the grocery. ¶ Dave Marsh, the warden, said the repairs were late. \"We rang them twice,\" he said. Asked about the delay, he admitted it was long. \"They always say that.\"", "Karen Holt|Dave Marsh|Dave Marsh")]
    [InlineData("« Nous avons relancé deux fois », dit Marc Petit, le garde. « Ma mère a dû faire un détour de vingt kilomètres », ajoute-t-il. Au marché, elle entend les mêmes plaintes. « Ils disent toujours ça. »", "Marc Petit|Marc Petit|-")]
    [InlineData("« La route est coupée depuis dix jours », explique Claire Roux, qui tient l'épicerie. ¶ « Personne ne nous a prévenus », dit Julie Morel, une promeneuse. ¶ Marc Petit, le garde, assure que les travaux ont pris du retard. « Nous avons relancé deux fois », dit-il. Au marché, elle entend les mêmes plaintes. « Ils disent toujours ça. »", "Claire Roux|Julie Morel|Marc Petit|-")]
    [InlineData("«La strada è chiusa da dieci giorni», spiega Chiara Rossi, che gestisce la bottega. ¶ «Nessuno ci ha avvisati», dice Giulia Neri, un'escursionista. ¶ Marco Bianchi, il guardiano, assicura che i lavori sono in ritardo. «Abbiamo sollecitato due volte», dice lui. Al mercato, lei sente le stesse lamentele. «Dicono sempre così.»", "Chiara Rossi|Giulia Neri|Marco Bianchi|-")]
    public void TwoOfItsGenderOrTheSpeakersOwnPronoun_AreLeftAlone(string paragraphs, string speakers)
        => QuoteSpeakers.Check(paragraphs, speakers);
}
