namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A plain article of short paragraphs may hold a paragraph that is one quoted sentence. Its full
/// stop stands inside the closing mark, but it ends a sentence all the same: the paragraph is no
/// headline, and the article's first line stays its title with every paragraph in the body. (Read
/// as a headline right above the first paragraphs the rules call good, it took the title from the
/// first line and set aside everything above it.)
/// </summary>
public sealed class QuotedSentenceTitleTests
{
    [Theory]
    [InlineData(
        "Harbour board backs new quay",
        "The harbour board has backed plans for a new quay, after a year of talks with traders.",
        "Mr Vale, who has chaired the board since 2019, said the plan was a \"bold step\" for the town. \"We cannot wait another decade for this to happen.\"",
        "Ms Roe insisted: \"The pier will reopen in spring.\" And continued: \"Nobody will lose their berth.\"",
        "\"Trade is still weak,\" said economist Tom Fox. The council \"may sound confident but the figures say otherwise.\"",
        "Jane Carter, from the Acme Group, told the Gazette there were two steps to the plan. The first is to dredge the channel.",
        "\"The second is to rebuild the old quay wall.\"",
        "Mr Vale admitted there were \"good reasons\" to wait, but said the board had weighed them all. \"I do not say it is an easy choice, but it is the right one.\"",
        "\"The town has the right spirit,\" said Sam Hill. \"The more we do together, the better. \"A short fix is no fix at all.\"")]
    [InlineData(
        "Le port de Valmont aura son nouveau quai",
        "Le conseil portuaire a voté le projet de nouveau quai, après un an de discussions avec les commerçants.",
        "M. Vernet, qui préside le conseil depuis 2019, a parlé d'un « pas décisif » pour la ville. « Nous ne pouvons pas attendre encore dix ans. »",
        "Mme Roux a insisté : « La jetée rouvrira au printemps. » Et elle a poursuivi : « Personne ne perdra sa place. »",
        "« Le commerce reste faible », a dit l'économiste Luc Morel. La mairie « se veut confiante, mais les chiffres disent autre chose ».",
        "Claire Dumas, de la société Acme, a expliqué au journal que le projet compte deux étapes. La première consiste à draguer le chenal.",
        "« La seconde consiste à reconstruire le vieux mur du quai. »",
        "M. Vernet a reconnu qu'il y avait de « bonnes raisons » d'attendre, mais a dit que le conseil les avait toutes pesées. « Je ne dis pas que le choix est facile, mais c'est le bon. »",
        "« La ville a le bon état d'esprit », a dit Samuel Colin. « Plus nous agissons ensemble, mieux c'est. »")]
    [InlineData(
        "Hafenrat stimmt für neuen Kai",
        "Der Hafenrat hat den Plänen für einen neuen Kai zugestimmt, nach einem Jahr der Gespräche mit den Händlern.",
        "Herr Berger, der den Rat seit 2019 leitet, sprach von einem „mutigen Schritt“ für die Stadt. „Wir können nicht noch zehn Jahre warten.“",
        "Frau Roth betonte: „Die Mole wird im Frühjahr wieder geöffnet.“ Und fuhr fort: „Niemand verliert seinen Liegeplatz.“",
        "„Der Handel ist noch schwach“, sagte der Ökonom Tom Fuchs. Die Stadt „gibt sich zuversichtlich, aber die Zahlen sagen etwas anderes“.",
        "Jana Keller von der Firma Acme sagte der Zeitung, der Plan habe zwei Schritte. Der erste ist das Ausbaggern der Fahrrinne.",
        "„Der zweite ist der Neubau der alten Kaimauer.“",
        "Herr Berger räumte ein, es gebe „gute Gründe“ zu warten, sagte aber, der Rat habe alle abgewogen. „Ich sage nicht, dass es leicht ist, aber es ist richtig.“",
        "„Die Stadt hat den richtigen Geist“, sagte Sam Hill. „Je mehr wir gemeinsam tun, desto besser.“")]
    public void AParagraphThatIsOneQuotedSentence_IsNoTitle(params string[] paragraphs)
    {
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs) + "\n");

        Assert.Equal(paragraphs[0], article.Title);
        Assert.Empty(article.Boilerplate);
        Assert.Equal(paragraphs.Skip(1), article.Paragraphs.Select(p => p.Text));
    }
}
