using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 69 (fchrome): the boxes a local paper prints in the middle of an article and after it. A readers' poll
/// prints its answers with their share ("Sì 62%", "No 38%") and its count of votes ("Hanno votato 1.214 lettori"):
/// PollLines. A reader-funding appeal prints a plea ("Votre journal a besoin de vous. …", AppealPhrases) over its button
/// ("Je fais un don"); an agenda box closes on its link to the whole listing ("Ver toda la agenda"); an aggregator prints
/// its buttons parted by middle dots ("Share · Save · Hide this publisher"). Main kept them as the article's lines (the
/// fresh pages it-sondaggio-lettori-piazza-verzano, fr-appel-dons-halles-sarvieu, es-agenda-empleo-lavadero-orbanes,
/// en-aggregator-ferry-kilbrannock; probes in every language, in other words than the pages').
/// </summary>
public sealed class ReadersPollAndAppealTests
{
    [Theory]
    [InlineData("en", "Poll: should the night bus run all year?", "Yes 71%", "No 29%", "1,482 readers have voted")]
    [InlineData("fr", "Sondage : faut-il garder le bus de nuit toute l'année ?", "Oui 54 %", "Non 46 %", "2 031 lecteurs ont voté")]
    [InlineData("de", "Umfrage: Soll der Nachtbus das ganze Jahr fahren?", "Ja 40 %", "Nein 60 %", "1.377 Leser haben abgestimmt")]
    [InlineData("es", "Encuesta: ¿debe circular el autobús nocturno todo el año?", "Sí 58%", "No 42%", "Han votado 905 lectores")]
    [InlineData("it", "Sondaggio: l'autobus notturno deve circolare tutto l'anno?", "Sì 33%", "No 67%", "Hanno votato 2.116 lettori")]
    [InlineData("pt", "Sondagem: o autocarro noturno deve circular todo o ano?", "Sim 49%", "Não 51%", "Votaram 1.208 leitores")]
    [InlineData("nl", "Peiling: moet de nachtbus het hele jaar rijden?", "Ja 63%", "Nee 37%", "3.412 lezers stemden")]
    public void APollsQuestionShares_AndCountOfVotes_AreChrome(string language, string question, string yes, string no, string count)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], question + "\n" + yes + "\n" + no + "\n" + count, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // An article's lines that give a share or a count of voters: a party's share in a results list, a share with more
    // words, a count with more words or its sentence's stop; a poll's label before no question, a question with no label.
    // Each stays the article's, a paragraph or a heading.
    [Theory]
    [InlineData("en", "Poll: two in three residents back the night bus")]
    [InlineData("fr", "Et vous, prendriez-vous le bus de nuit ?")]
    [InlineData("de", "Umfrage: Zwei Drittel wollen den Nachtbus")]
    [InlineData("es", "Encuesta: el 58% de los vecinos quiere el autobús")]
    [InlineData("it", "Sondaggio: il 60% dei residenti è favorevole")]
    [InlineData("pt", "Sondagem: dois terços querem o autocarro noturno")]
    [InlineData("nl", "Peiling: twee op drie inwoners willen de nachtbus")]
    [InlineData("en", "Labour 34%")]
    [InlineData("en", "1,482 readers have voted.")]
    [InlineData("fr", "Oui à 54 % selon le sondage")]
    [InlineData("fr", "2 031 lecteurs ont voté pour la fontaine")]
    [InlineData("de", "Nein sagten 60 %")]
    [InlineData("de", "1.377 Stimmen für die Liste Grün")]
    [InlineData("es", "Han votado 905 lectores de los 3.000 inscritos")]
    [InlineData("it", "Sì al 62% dei votanti")]
    [InlineData("it", "Hanno votato 2.116 lettori.")]
    [InlineData("pt", "Votaram 1.208 eleitores na freguesia")]
    [InlineData("nl", "VVD 21%")]
    [InlineData("nl", "Ja, 63% van de lezers")]
    public void AnArticlesLineWithAShareOrAVoteCount_StaysBody(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], line, p[3]));

        Assert.Contains(line, ArticlesLines(article));
    }

    // The article's paragraphs and its sections' headings: a short line alone between paragraphs may head a section.
    private static IEnumerable<string> ArticlesLines(Article article)
        => article.Paragraphs.Select(x => x.Text).Concat(article.Sections.Select(s => s.Heading).OfType<string>());

    [Theory]
    [InlineData("en", "Your local paper needs you. Every gift, however small, pays for reporters in the valley.", "Donate now")]
    [InlineData("fr", "Votre journal a besoin de vous. Chaque contribution paie nos correspondants dans les villages.", "Je fais un don")]
    [InlineData("de", "Ihre Zeitung braucht Sie. Jede Spende bezahlt Reporter in den Dörfern.", "Jetzt spenden")]
    [InlineData("es", "Tu periódico te necesita. Cada aportación paga a nuestros corresponsales en la comarca.", "Quiero donar")]
    [InlineData("it", "Il tuo giornale ha bisogno di te. Ogni contributo paga i nostri cronisti nelle valli.", "Dona ora")]
    [InlineData("pt", "O seu jornal precisa de si. Cada contributo paga os nossos correspondentes nas aldeias.", "Quero doar")]
    [InlineData("nl", "Je krant heeft je nodig. Elke gift betaalt onze verslaggevers in de dorpen.", "Doneer nu")]
    public void AFundingAppeal_AndItsButton_AreChrome(string language, string plea, string button)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], plea + "\n" + button, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Near-misses: a town that needs its people, and someone reported asking for gifts.
    [Theory]
    [InlineData("en", "The lifeboat station needs you, the coxswain told the meeting on Friday.")]
    [InlineData("fr", "Le club de rugby a besoin de vous : il cherche douze bénévoles pour le tournoi de mai.")]
    [InlineData("de", "Die Feuerwehr braucht Sie, sagte der Kommandant bei der Versammlung.")]
    [InlineData("it", "Il paese ha bisogno di te, ha scritto il sindaco nella lettera ai residenti.")]
    public void AnArticlesSentenceAboutNeedingPeople_StaysBody(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[3]));

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "See all events", "Share · Save · Hide this publisher")]
    [InlineData("fr", "Voir tout l'agenda", "Partager · Sauvegarder · Masquer cette source")]
    [InlineData("de", "Alle Termine anzeigen", "Teilen · Merken · Diese Quelle ausblenden")]
    [InlineData("es", "Ver toda la agenda", "Compartir · Guardar · Ocultar esta fuente")]
    [InlineData("it", "Vedi tutti gli eventi", "Condividi · Salva · Nascondi questa fonte")]
    [InlineData("pt", "Ver toda a agenda", "Partilhar · Guardar · Ocultar esta fonte")]
    [InlineData("nl", "Bekijk de hele agenda", "Delen · Bewaren · Verberg deze bron")]
    public void AnAgendasLink_AndAButtonBarPartedByDots_AreChrome(string language, string agendaLink, string bar)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], bar, p[1], p[2], agendaLink, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A line parted by middle dots that holds anything but buttons is no bar.
    [Theory]
    [InlineData("en", "Share · Save · the harbour wall needs repair")]
    [InlineData("de", "Teilen · Merken · Kinder der Grundschule Tannenfeld")]
    [InlineData("it", "Salva · Condividi · la fontana di San Rocco")]
    public void ADottedLineWithProse_StaysBody(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], line, p[3]));

        Assert.Contains(line, ArticlesLines(article));
    }
}
