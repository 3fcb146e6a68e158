namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// Probe matrix, shape 1: a sentence brings in one person as its subject (named with a role, an
/// appositive, an age, after an opening participle, or inverted after the verb), and the next
/// sentence's quote is cued by a pronoun or a dropped subject. The pronoun means that person, the
/// most recent salient one, before whoever spoke in the paragraph before; when two people compete,
/// or the pronoun's gender rules the person out, it does not.
/// </summary>
public sealed class PronounAfterIntroductionTests
{
    [Theory]
    [InlineData("en", "Defending the plan was the works councillor, David Marsh. \"The bridge will be finished in May,\" he told the chamber.", "David Marsh")]
    [InlineData("en", "The mayor Alice Moore announced that she would ask for more patrols. \"The streets must be safe again,\" she wrote in a statement.", "Alice Moore")]
    [InlineData("en", "Asked about the delays, the harbour master Jon Vale blamed the weather. \"We lost three weeks to the storms,\" he said.", "Jon Vale")]
    [InlineData("en", "Ruth Kemp, 54, has run the fish market in Northbay since 1990. \"Nobody asked us,\" she said.", "Ruth Kemp")]
    [InlineData("fr", "Présent à la réunion, l'adjoint aux travaux David Marchal a défendu le projet. « Le pont sera fini en mai », a-t-il déclaré devant le conseil.", "David Marchal")]
    [InlineData("fr", "La maire Alice Moreau a annoncé qu'elle demanderait plus de patrouilles. « Les rues doivent redevenir sûres », a-t-elle écrit dans un communiqué.", "Alice Moreau")]
    [InlineData("fr", "Interrogé sur les retards, le capitaine du port Jean Vasseur a accusé la météo. « Nous avons perdu trois semaines », a-t-il expliqué.", "Jean Vasseur")]
    [InlineData("fr", "Lucie Garnier, 54 ans, tient la poissonnerie de Valmont depuis 1990. « Personne ne nous a demandé notre avis », a-t-elle dit.", "Lucie Garnier")]
    [InlineData("de", "Für den Plan warb im Rat der Baudezernent David Marx. „Die Brücke wird im Mai fertig“, sagte er.", "David Marx")]
    [InlineData("de", "Die Bürgermeisterin Alice Moser kündigte an, mehr Streifen zu fordern. „Die Straßen müssen wieder sicher werden“, schrieb sie in einer Mitteilung.", "Alice Moser")]
    [InlineData("de", "Nach den Verzögerungen gefragt, machte Hafenmeister Jan Vogt das Wetter verantwortlich. „Wir haben drei Wochen verloren“, sagte er.", "Jan Vogt")]
    [InlineData("de", "Ruth Keller, 54, führt den Fischmarkt in Talheim seit 1990. „Niemand hat uns gefragt“, sagte sie.", "Ruth Keller")]
    [InlineData("es", "A defender el proyecto salió el concejal de Obras, David Marín. «El puente estará listo en mayo», dijo en el pleno.", "David Marín")]
    [InlineData("es", "La alcaldesa Alicia Moreno anunció que pedirá más patrullas. «Las calles tienen que volver a ser seguras», escribió en un comunicado.", "Alicia Moreno")]
    [InlineData("es", "Rosa Gil, de 54 años, lleva la lonja de Villanueva desde 1990. «Nadie nos preguntó nada», aseguró.", "Rosa Gil")]
    [InlineData("it", "A difendere il progetto è stato l'assessore ai Lavori pubblici, Davide Marchetti. «Il cantiere partirà a maggio», ha detto in aula.", "Davide Marchetti")]
    [InlineData("it", "Il sindaco Alessandra Moroni ha annunciato che chiederà più pattuglie. «Le strade devono tornare sicure», ha scritto in una nota.", "Alessandra Moroni")]
    [InlineData("it", "Interpellato sui ritardi, il comandante del porto Gianni Valli ha dato la colpa al maltempo. «Abbiamo perso tre settimane», ha spiegato.", "Gianni Valli")]
    [InlineData("it", "Rosa Bianchi, 54 anni, gestisce la pescheria di Valdora dal 1990. «Nessuno ci ha chiesto niente», ha raccontato.", "Rosa Bianchi")]
    [InlineData("pt", "Quem defendeu o projeto foi o vereador das Obras, David Martins. “A ponte fica pronta em maio”, disse na sessão.", "David Martins")]
    [InlineData("pt", "Questionado sobre os atrasos, o capitão do porto João Vieira culpou o mau tempo. “Perdemos três semanas”, explicou.", "João Vieira")]
    [InlineData("pt", "Rosa Lopes, de 54 anos, gere a lota de Vila Nova desde 1990. “Ninguém nos perguntou nada”, contou.", "Rosa Lopes")]
    [InlineData("nl", "Namens het college verdedigde wethouder David Mertens het plan. \"De brug is in mei klaar\", zei hij in de raad.", "David Mertens")]
    [InlineData("nl", "Burgemeester Alice Mol kondigde aan dat ze meer patrouilles wil. \"De straten moeten weer veilig worden\", schreef ze in een verklaring.", "Alice Mol")]
    [InlineData("nl", "Gevraagd naar de vertraging, gaf havenmeester Jan Visser het weer de schuld. \"We zijn drie weken kwijt\", zei hij.", "Jan Visser")]
    [InlineData("nl", "Ria Bakker (54) runt de vismarkt van Veendam al sinds 1990. \"Niemand heeft ons iets gevraagd\", zei ze.", "Ria Bakker")]
    public void APronounOrDroppedSubject_MeansThePersonTheSentenceBeforeBroughtIn(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Two people brought in together compete for the pronoun: no one.
    [Theory]
    [InlineData("en", "The mayor Jon Vale and the councillor Tim Hale opened the new bridge. \"It was worth the wait,\" he said.")]
    [InlineData("fr", "Le maire Jean Vasseur et l'adjoint Luc Girard ont inauguré le pont. « Cela valait la peine d'attendre », a-t-il dit.")]
    [InlineData("de", "Bürgermeister Jan Vogt und Dezernent Tim Hahn eröffneten die Brücke. „Das Warten hat sich gelohnt“, sagte er.")]
    [InlineData("es", "El alcalde Juan Vidal y el concejal Luis Pardo inauguraron el puente. «Valió la pena esperar», dijo.")]
    [InlineData("it", "Il sindaco Gianni Valli e l'assessore Marco Neri hanno inaugurato il ponte. «Valeva la pena aspettare», ha detto.")]
    [InlineData("pt", "O presidente João Vieira e o vereador Rui Lopes inauguraram a ponte. “Valeu a pena esperar”, disse.")]
    [InlineData("nl", "Burgemeester Jan Visser en wethouder Tim Hol openden de brug. \"Het wachten was het waard\", zei hij.")]
    public void TwoPeopleBroughtInTogether_GiveNoOne(string language, string paragraph)
        => Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a sentence whose subject is a thing brings in no one; the pronoun goes on with the
    // earlier speaker, as before.
    [Theory]
    [InlineData("en", "The new bridge was finished on Friday. \"It was worth the wait,\" he said.")]
    [InlineData("fr", "Le nouveau pont a été achevé vendredi. « Cela valait la peine d'attendre », a-t-il dit.")]
    [InlineData("de", "Die neue Brücke wurde am Freitag fertig. „Das Warten hat sich gelohnt“, sagte er.")]
    [InlineData("es", "El nuevo puente se terminó el viernes. «Valió la pena esperar», dijo.")]
    [InlineData("it", "Il nuovo ponte è stato finito venerdì. «Valeva la pena aspettare», ha detto.")]
    [InlineData("pt", "A nova ponte ficou pronta na sexta-feira. “Valeu a pena esperar”, disse.")]
    [InlineData("nl", "De nieuwe brug was vrijdag klaar. \"Het wachten was het waard\", zei hij.")]
    public void ASentenceAboutAThing_LeavesThePronounToTheEarlierSpeaker(string language, string paragraph)
        => Assert.Equal(ProbeArticle.EarlierSpeakerName(language), ProbeArticle.LastSpeaker(language, paragraph));

    // Guards: a person the article shows to be of the other gender (a title, a feminine role
    // noun or article) is not whom the pronoun means.
    [Theory]
    [InlineData("en", "Ms Alice Moore, the mayor, announced more patrols. \"It was worth the wait,\" he said.", "Alice Moore")]
    [InlineData("fr", "La maire Alice Moreau a annoncé plus de patrouilles. « Cela valait la peine d'attendre », a-t-il dit.", "Alice Moreau")]
    [InlineData("de", "Die Bürgermeisterin Alice Moser kündigte mehr Streifen an. „Das Warten hat sich gelohnt“, sagte er.", "Alice Moser")]
    public void APersonOfTheOtherGender_IsNotWhomThePronounMeans(string language, string paragraph, string other)
    {
        // Past someone shown to be of the other gender, only positive evidence will do: the earlier
        // speaker's gender is not shown, so no one.
        Assert.NotEqual(other, ProbeArticle.LastSpeaker(language, paragraph));
        Assert.Null(ProbeArticle.LastSpeaker(language, paragraph));
    }

    // Guards: a masculine article is no evidence of a man (French and Italian write "le ministre",
    // "il sindaco" of women), and a feminine one still lets the pronoun of her gender mean her.
    [Theory]
    [InlineData("fr", "Le ministre Anne Roux a annoncé plus de patrouilles. « Cela valait la peine d'attendre », a-t-elle dit.", "Anne Roux")]
    [InlineData("fr", "La maire Alice Moreau a annoncé plus de patrouilles. « Cela valait la peine d'attendre », a-t-elle dit.", "Alice Moreau")]
    [InlineData("es", "La presidenta Alicia Moreno anunció más patrullas. «Valió la pena esperar», dijo.", "Alicia Moreno")]
    public void AnArticleOfEitherGender_LeavesThePronounOfHers(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));
}
