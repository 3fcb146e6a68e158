using ContentGen.Parsing.Tests.Speakers.Constructions;

namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// A sentence that brings a person in by a role and their name set off at its end, with no
/// reporting verb (<c>Ganz anders sieht das die Sprecherin der Händler, Karin Vogt.</c>,
/// <c>Une version contestée par l'avocate des familles, Claire Roux.</c>), makes that person
/// whom the next cue's pronoun or dropped subject means.
/// Unsure stays no one: the other gender, two people named, someone else made the subject.
/// </summary>
public sealed class NameEndingSentenceTests
{
    [Theory]
    [InlineData("en", "Quite different is the view of the staff representative, Karen Vogt. \"They ran the airport down,\" she said.", "Karen Vogt")]
    [InlineData("en", "Criticism also came from the chairman of the club, Peter Hale. \"Our children now train elsewhere,\" he said.", "Peter Hale")]
    [InlineData("en", "Among those at the meeting was the head teacher, Eva Lane. \"We were told nothing,\" she told reporters.", "Eva Lane")]
    [InlineData("de", "Ganz anders sieht das die Sprecherin der Händler, Karin Vogt. „Man hat den Markt vergessen“, sagte sie.", "Karin Vogt")]
    [InlineData("de", "Kritik kommt auch vom Vorsitzenden des Vereins, Peter Haas. „Unsere Kinder trainieren jetzt woanders“, sagte er.", "Peter Haas")]
    [InlineData("de", "Unter den Gästen war auch die Schulleiterin, Eva Lenz. „Uns hat niemand etwas gesagt“, erklärte sie.", "Eva Lenz")]
    [InlineData("fr", "Une version contestée par l'avocate des familles, Claire Roux. « Les locataires avaient alerté le gérant », a-t-elle rappelé.", "Claire Roux")]
    [InlineData("fr", "Même son de cloche chez le président du club, Pierre Hamel. « Nos enfants s'entraînent ailleurs », a-t-il dit.", "Pierre Hamel")]
    [InlineData("fr", "Parmi les invités figurait la directrice de l'école, Eva Lamy. « Personne ne nous a rien dit », explique-t-elle.", "Eva Lamy")]
    [InlineData("es", "Muy distinta es la opinión de la portavoz de los vendedores, Carmen Vidal. «Nos han olvidado», dijo.", "Carmen Vidal")]
    [InlineData("es", "También critica el plan el presidente del club, Pedro Haro. «Nuestros niños entrenan fuera», afirmó.", "Pedro Haro")]
    [InlineData("es", "Entre los invitados estaba la directora del colegio, Eva Lara. «Nadie nos dijo nada», explicó ella.", "Eva Lara")]
    [InlineData("it", "Diversa la versione della portavoce dei commercianti, Carla Villa. «Ci hanno dimenticato», ha detto.", "Carla Villa")]
    [InlineData("it", "Critico anche il presidente del club, Piero Amati. «I nostri ragazzi si allenano altrove», ha spiegato.", "Piero Amati")]
    [InlineData("it", "Tra gli invitati c'era la preside della scuola, Eva Lodi. «Nessuno ci ha detto niente», racconta lei.", "Eva Lodi")]
    [InlineData("pt", "Bem diferente é a opinião da porta-voz dos comerciantes, Carla Vidal. «Esqueceram-nos», disse ela.", "Carla Vidal")]
    [InlineData("pt", "Também critica o plano o presidente do clube, Pedro Horta. «Os nossos miúdos treinam fora», afirmou.", "Pedro Horta")]
    [InlineData("pt", "Entre os convidados estava a diretora da escola, Eva Lima. «Ninguém nos disse nada», contou.", "Eva Lima")]
    [InlineData("nl", "Heel anders kijkt de woordvoerster van de handelaren, Karin Vos, ertegenaan. \"Ze zijn ons vergeten\", zei ze.", "Karin Vos")]
    [InlineData("nl", "Kritiek komt ook van de voorzitter van de club, Piet Hals. \"Onze kinderen trainen nu elders\", zei hij.", "Piet Hals")]
    [InlineData("nl", "Onder de gasten was ook de directeur van de school, Eva Lam. \"Niemand heeft ons iets verteld\", vertelt ze.", "Eva Lam")]
    public void TheNameEndingTheSentence_IsWhomTheNextCueMeans(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker(language, paragraph));

    // Guards: the pronoun is of the other gender, or two people end the sentence.
    [Theory]
    [InlineData("en", "Quite different is the view of the staff representative, Karen Vogt. \"They ran the airport down,\" he said.")]
    [InlineData("en", "Criticism also came from the club's officers, Peter Hale and Eva Lane. \"Our children now train elsewhere,\" she said.")]
    [InlineData("de", "Ganz anders sieht das die Sprecherin der Händler, Karin Vogt. „Man hat den Markt vergessen“, sagte er.")]
    [InlineData("de", "Kritik kommt auch von den Vorsitzenden des Vereins, Peter Haas und Eva Lenz. „Unsere Kinder trainieren jetzt woanders“, sagte sie.")]
    [InlineData("fr", "Une version contestée par l'avocate des familles, Claire Roux. « Les locataires avaient alerté le gérant », a-t-il rappelé.")]
    [InlineData("fr", "Même son de cloche chez les dirigeants du club, Pierre Hamel et Eva Lamy. « Nos enfants s'entraînent ailleurs », a-t-elle dit.")]
    [InlineData("es", "Muy distinta es la opinión de la portavoz de los vendedores, Carmen Vidal. «Nos han olvidado», dijo él.")]
    [InlineData("es", "También critican el plan los directivos del club, Pedro Haro y Eva Lara. «Nuestros niños entrenan fuera», afirmó.")]
    [InlineData("it", "Diversa la versione della portavoce dei commercianti, Carla Villa. «Ci hanno dimenticato», ha detto lui.")]
    [InlineData("it", "Critici anche i dirigenti del club, Piero Amati ed Eva Lodi. «I nostri ragazzi si allenano altrove», ha spiegato.")]
    [InlineData("pt", "Bem diferente é a opinião da porta-voz dos comerciantes, Carla Vidal. «Esqueceram-nos», disse ele.")]
    [InlineData("pt", "Também criticam o plano os dirigentes do clube, Pedro Horta e Eva Lima. «Os nossos miúdos treinam fora», afirmou.")]
    [InlineData("nl", "Kritiek komt ook van de voorzitter van de club, Piet Hals. \"Onze kinderen trainen nu elders\", zei ze.")]
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
}
