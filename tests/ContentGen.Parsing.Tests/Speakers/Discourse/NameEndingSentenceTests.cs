using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A sentence that gives a view (a view, a version, criticism, a "different" view) and brings a
/// person in by a role and their name set off at its end, with no reporting verb (<c>Ganz anders sieht das die Sprecherin der Händler, Karin Vogt.</c>,
/// <c>Une version contestée par l'avocate des familles, Claire Roux.</c>), makes that person
/// whom the next cue's pronoun or dropped subject means.
/// Unsure stays no one: the other gender, two people named, someone else made the subject.
/// </summary>
public sealed class NameEndingSentenceTests
{
    [Theory]
    [InlineData("en", "Quite different is the view of the staff representative, Karen Vogt. \"They ran the airport down,\" she said.", "Karen Vogt")]
    [InlineData("en", "Criticism also came from the chairman of the club, Peter Hale. \"Our children now train elsewhere,\" he said.", "Peter Hale")]
    [InlineData("en", "The response came from the head teacher, Eva Lane. \"We were told nothing,\" she told reporters.", "Eva Lane")]
    [InlineData("de", "Ganz anders ist die Sicht des Sprechers der Händler, Karl Vogt. „Man hat den Markt vergessen“, sagte er.", "Karl Vogt")]
    [InlineData("de", "Kritik kommt auch vom Vorsitzenden des Vereins, Peter Haas. „Unsere Kinder trainieren jetzt woanders“, sagte er.", "Peter Haas")]
    [InlineData("de", "Eine andere Sicht hat die Leiterin des Gymnasiums, Eva Lenz. „Uns hat niemand etwas gesagt“, erklärte sie.", "Eva Lenz")]
    [InlineData("fr", "Une version contestée par l'avocate des familles, Claire Roux. « Les locataires avaient alerté le gérant », a-t-elle rappelé.", "Claire Roux")]
    [InlineData("fr", "Même son de cloche chez le président du club, Pierre Hamel. « Nos enfants s'entraînent ailleurs », a-t-il dit.", "Pierre Hamel")]
    [InlineData("fr", "Autre avis du côté de la directrice de l'école, Eva Lamy. « Personne ne nous a rien dit », explique-t-elle.", "Eva Lamy")]
    [InlineData("es", "Muy distinta es la opinión de la portavoz de los vendedores, Carmen Vidal. «Nos han olvidado», dijo.", "Carmen Vidal")]
    [InlineData("es", "También critica el plan el presidente del club, Pedro Haro. «Nuestros niños entrenan fuera», afirmó.", "Pedro Haro")]
    [InlineData("es", "La réplica llegó de la directora del colegio, Eva Lara. «Nadie nos dijo nada», explicó ella.", "Eva Lara")]
    [InlineData("it", "Diversa la versione della portavoce dei commercianti, Carla Villa. «Ci hanno dimenticato», ha detto.", "Carla Villa")]
    [InlineData("it", "Critico anche il presidente del club, Piero Amati. «I nostri ragazzi si allenano altrove», ha spiegato.", "Piero Amati")]
    [InlineData("it", "Di opinione opposta la preside della scuola, Eva Lodi. «Nessuno ci ha detto niente», racconta lei.", "Eva Lodi")]
    [InlineData("pt", "Bem diferente é a opinião da porta-voz dos comerciantes, Carla Vidal. «Esqueceram-nos», disse ela.", "Carla Vidal")]
    [InlineData("pt", "Também critica o plano o presidente do clube, Pedro Horta. «Os nossos miúdos treinam fora», afirmou.", "Pedro Horta")]
    [InlineData("pt", "A resposta veio da diretora da escola, Eva Lima. «Ninguém nos disse nada», contou.", "Eva Lima")]
    [InlineData("nl", "Heel anders kijkt de woordvoerster van de handelaren, Karin Vos, ertegenaan. \"Ze zijn ons vergeten\", zei ze.", "Karin Vos")]
    [InlineData("nl", "Kritiek komt ook van de voorzitter van de club, Piet Hals. \"Onze kinderen trainen nu elders\", zei hij.", "Piet Hals")]
    [InlineData("nl", "Een andere mening heeft de directeur van de school, Eva Lam. \"Niemand heeft ons iets verteld\", vertelt ze.", "Eva Lam")]
    public void TheNameEndingTheSentence_IsWhomTheNextCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: the pronoun is of the other gender than the text shows, or two people end the sentence.
    [Theory]
    [InlineData("en", "Quite different is the view of the staff representative, Mrs Karen Vogt. \"They ran the airport down,\" he said.")]
    [InlineData("en", "Criticism also came from the club's officers, Peter Hale and Eva Lane. \"Our children now train elsewhere,\" she said.")]
    [InlineData("de", "Ganz anders sieht das die Sprecherin der Händler, Karin Vogt. „Man hat den Markt vergessen“, sagte er.")]
    [InlineData("de", "Kritik kommt auch von den Vorsitzenden des Vereins, Peter Haas und Eva Lenz. „Unsere Kinder trainieren jetzt woanders“, sagte sie.")]
    [InlineData("fr", "Une version contestée par l'avocate des familles, Mme Claire Roux. « Les locataires avaient alerté le gérant », a-t-il rappelé.")]
    [InlineData("fr", "Même son de cloche chez les dirigeants du club, Pierre Hamel et Eva Lamy. « Nos enfants s'entraînent ailleurs », a-t-elle dit.")]
    [InlineData("es", "Muy distinta es la opinión de la alcaldesa del pueblo, Carmen Vidal. «Nos han olvidado», dijo él.")]
    [InlineData("es", "También critican el plan los directivos del club, Pedro Haro y Eva Lara. «Nuestros niños entrenan fuera», afirmó.")]
    [InlineData("it", "Diversa la versione della sindaca del paese, Carla Villa. «Ci hanno dimenticato», ha detto lui.")]
    [InlineData("it", "Critici anche i dirigenti del club, Piero Amati ed Eva Lodi. «I nostri ragazzi si allenano altrove», ha spiegato.")]
    [InlineData("pt", "Bem diferente é a opinião da vereadora da cidade, Carla Vidal. «Esqueceram-nos», disse ele.")]
    [InlineData("pt", "Também criticam o plano os dirigentes do clube, Pedro Horta e Eva Lima. «Os nossos miúdos treinam fora», afirmou.")]
    [InlineData("nl", "Kritiek komt ook van de heer Piet Hals, de voorzitter van de club. \"Onze kinderen trainen nu elders\", zei ze.")]
    [InlineData("nl", "Kritiek komt ook van de bestuurders van de club, Piet Hals en Eva Lam. \"Onze kinderen trainen nu elders\", zei ze.")]
    public void AnotherGenderOrTwoPeople_IsNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: someone else made the subject after the sentence speaks next.
    [Theory]
    [InlineData("en", "Criticism also came from the chairman of the club, Peter Hale. The mayor, John Kerr, disagreed. \"The pool is safe,\" he said.", "Peter Hale")]
    [InlineData("de", "Kritik kommt auch vom Vorsitzenden des Vereins, Peter Haas. Bürgermeister Jan Kohl widersprach. „Das Bad ist sicher“, sagte er.", "Peter Haas")]
    [InlineData("fr", "Même son de cloche chez le président du club, Pierre Hamel. Le maire Jean Caron a contesté. « La piscine est sûre », a-t-il dit.", "Pierre Hamel")]
    [InlineData("es", "También critica el plan el presidente del club, Pedro Haro. El alcalde Juan Cano lo negó. «La piscina es segura», afirmó.", "Pedro Haro")]
    [InlineData("it", "Critico anche il presidente del club, Piero Amati. Il sindaco Gianni Conte ha negato. «La piscina è sicura», ha spiegato.", "Piero Amati")]
    [InlineData("pt", "Também critica o plano o presidente do clube, Pedro Horta. O presidente da câmara, João Costa, negou. «A piscina é segura», afirmou.", "Pedro Horta")]
    [InlineData("nl", "Kritiek komt ook van de voorzitter van de club, Piet Hals. Burgemeester Jan Kok sprak dat tegen. \"Het zwembad is veilig\", zei hij.", "Piet Hals")]
    public void SomeoneElseMadeTheSubject_IsNotTheNamedPerson(string language, string paragraph, string named)
        => Assert.NotEqual(named, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a name ending a sentence that gives no view is an object ("named after"), not whom
    // the pronoun means; with no one before, the quote is no one's.
    [Theory]
    [InlineData("en", "The new bridge was named after the former mayor, Peter Hale. \"It was worth the wait,\" he said.")]
    [InlineData("de", "Die neue Brücke wurde nach dem früheren Bürgermeister benannt, Peter Haas. „Das Warten hat sich gelohnt“, sagte er.")]
    [InlineData("fr", "Le nouveau pont porte le nom de l'ancien maire, Pierre Hamel. « Cela valait la peine d'attendre », a-t-il dit.")]
    [InlineData("es", "El nuevo puente lleva el nombre del antiguo alcalde, Pedro Haro. «Valió la pena esperar», dijo.")]
    [InlineData("it", "Il nuovo ponte porta il nome dell'ex sindaco, Piero Amati. «Valeva la pena aspettare», ha detto.")]
    [InlineData("pt", "A nova ponte tem o nome do antigo presidente da câmara, Pedro Horta. «Valeu a pena esperar», disse.")]
    [InlineData("nl", "De nieuwe brug is vernoemd naar de vroegere burgemeester, Piet Hals. \"Het wachten was het waard\", zei hij.")]
    public void ANameEndingASentenceWithNoView_IsNoOne(string language, string paragraph)
        => Assert.Null(ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: a view aimed at someone ("The criticism was aimed at the treasurer, Ann Lee.") names
    // its target, not its holder: the pronoun goes on with the speaker before.
    [Theory]
    [InlineData("en", "\"The plan is sound,\" said the mayor, John Kerr.", "The criticism was aimed at the treasurer, Ann Lee. \"It is unfair,\" he said.", "Ann Lee")]
    [InlineData("de", "„Der Plan ist solide“, sagte Bürgermeister Jan Kohl.", "Die Kritik richtete sich gegen die Kämmerin, Eva Lenz. „Das ist unfair“, fügte er hinzu.", "Eva Lenz")]
    [InlineData("fr", "« Le plan est solide », a dit le maire, Jean Caron.", "La critique visait la trésorière, Eva Lamy. « C'est injuste », a-t-il ajouté.", "Eva Lamy")]
    [InlineData("es", "«El plan es sólido», dijo el alcalde, Juan Vidal.", "La crítica iba dirigida a la tesorera, Ana Lobo. «Es injusto», añadió.", "Ana Lobo")]
    [InlineData("it", "«Il piano è solido», ha detto il sindaco, Gianni Conte.", "La critica era rivolta alla tesoriera, Eva Lodi. «È ingiusto», ha aggiunto.", "Eva Lodi")]
    [InlineData("pt", "«O plano é sólido», disse o presidente da câmara, João Costa.", "A crítica visava a tesoureira, Ana Lobo. «É injusto», acrescentou.", "Ana Lobo")]
    [InlineData("nl", "\"Het plan is goed\", zei burgemeester Jan Visser.", "De kritiek richtte zich op de penningmeester, Anna Bos. \"Dat is oneerlijk\", zei hij.", "Anna Bos")]
    public void AViewAimedAtSomeone_IsNotTheirs(string language, string before, string paragraph, string target)
        => Assert.NotEqual(target, ConstructionProbe.LastSpeaker(language, before, paragraph));
}
