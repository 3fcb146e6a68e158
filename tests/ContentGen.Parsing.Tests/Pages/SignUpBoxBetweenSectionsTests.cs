using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A newsletter's sign-up box between two sections of an article on a page printed a paragraph a line, with no blank
/// lines: its label ("Newsletter …") reads as an end signal, but the section under the box (a subheading, paragraphs on
/// the article's subject) is the article's, never the page's trailer. A box over a footer's teasers still ends it.
/// </summary>
public sealed class SignUpBoxBetweenSectionsTests
{
    public static TheoryData<string, string[], string[], string[]> Pages() => new()
    {
        {
            "en",
            ["The Valley Courier", "Subscribe   Sign in", "News   Sport   Business   Culture   Opinion", "Search",
                "The ferry to Holm Island will run all winter for the first time", "12 March 2026"],
            [
                "The council has agreed to keep the small ferry to Holm Island running through the winter months, ending six years in which the island was cut off from November to March.",
                "The decision follows a petition signed by nearly every adult on the island and a long campaign by the island's school and its only shop.",
                "Councillors approved a subsidy of 80,000 pounds a year for the next three years, after which the winter service will be reviewed.",
            ],
            [
                "The ferry operator must now find a second skipper, because the winter timetable needs two crews working alternate weeks on the island route and the council wants the crossings staffed by the end of October.",
                "Islanders say the winter service will let families stay on the island, where the school had feared losing pupils to the mainland every year since the old boat was withdrawn and the petition began.",
                "The first winter crossings are planned for the first week of November, weather permitting, with four return trips a day and an extra evening ferry on Fridays for workers coming home from town.",
            ]
        },
        {
            "de",
            ["Kreisbote Nordhafen", "Abo   Anmelden", "Lokales   Sport   Wirtschaft   Kultur", "Suche",
                "Die Fähre nach Holm fährt zum ersten Mal den ganzen Winter", "12.03.2026"],
            [
                "Der Kreistag hat beschlossen, die kleine Fähre nach Holm auch in den Wintermonaten fahren zu lassen, nachdem die Insel sechs Jahre lang von November bis März abgeschnitten war.",
                "Vorausgegangen war eine Unterschriftensammlung, an der sich fast alle Erwachsenen der Insel beteiligt hatten, und ein langer Einsatz der Inselschule.",
                "Die Abgeordneten bewilligten einen Zuschuss von 80.000 Euro im Jahr für die nächsten drei Jahre, danach wird der Winterbetrieb überprüft.",
            ],
            [
                "Der Betreiber der Fähre muss nun einen zweiten Schiffsführer finden, denn der Winterfahrplan braucht zwei Besatzungen, die sich wochenweise abwechseln, und der Kreistag will die Überfahrten bis Ende Oktober besetzt sehen.",
                "Auf der Insel heißt es, der Winterbetrieb werde Familien das Bleiben erleichtern, denn die Inselschule hatte jedes Jahr befürchtet, Schüler an das Festland zu verlieren, seit das alte Boot eingestellt wurde.",
                "Die ersten Überfahrten im Winter sind für die erste Novemberwoche geplant, bei gutem Wetter mit vier Fahrten am Tag und einer zusätzlichen Fähre am Freitagabend für alle, die in der Stadt arbeiten.",
            ]
        },
        {
            "fr",
            ["Le Courrier de la Vallée", "S'abonner   Se connecter", "Actualité   Sport   Économie   Culture", "Rechercher",
                "Le bac vers l'île de Holm circulera tout l'hiver pour la première fois", "12 mars 2026"],
            [
                "Le conseil départemental a décidé de maintenir le petit bac vers l'île de Holm pendant les mois d'hiver, après six années pendant lesquelles l'île restait isolée de novembre à mars.",
                "La décision fait suite à une pétition signée par presque tous les adultes de l'île et à une longue mobilisation de l'école et de la seule épicerie.",
                "Les élus ont voté une subvention de 80 000 euros par an pour les trois prochaines années, après quoi le service d'hiver sera réexaminé.",
            ],
            [
                "L'exploitant du bac doit maintenant trouver un second pilote, car l'horaire d'hiver exige deux équipages qui se relaient chaque semaine, et le conseil veut que les traversées soient assurées avant la fin octobre.",
                "Sur l'île, on assure que le service d'hiver permettra aux familles de rester, alors que l'école craignait chaque année de perdre des élèves au profit du continent depuis le retrait de l'ancien bateau.",
                "Les premières traversées d'hiver sont prévues pour la première semaine de novembre, si la météo le permet, avec quatre allers-retours par jour et un bac supplémentaire le vendredi soir.",
            ]
        },
        {
            "pt",
            ["Correio do Vale", "Assinar   Entrar", "Atualidade   Desporto   Economia   Cultura", "Pesquisar",
                "O barco para a ilha de Holm vai navegar todo o inverno pela primeira vez", "12 de março de 2026"],
            [
                "A câmara decidiu manter o pequeno barco para a ilha de Holm a funcionar durante os meses de inverno, pondo fim a seis anos em que a ilha ficava isolada de novembro a março.",
                "A decisão surge depois de um abaixo-assinado de quase todos os adultos da ilha e de uma longa campanha da escola e da única mercearia.",
                "Os vereadores aprovaram um apoio de 80 mil euros por ano durante os próximos três anos, depois dos quais o serviço de inverno será avaliado.",
            ],
            [
                "O operador do barco tem agora de encontrar um segundo mestre, porque o horário de inverno exige duas tripulações a trabalhar em semanas alternadas, e a câmara quer as travessias asseguradas até ao fim de outubro.",
                "Na ilha, dizem que o serviço de inverno vai permitir às famílias ficar, numa altura em que a escola temia perder alunos para o continente todos os anos desde que o antigo barco deixou de navegar.",
                "As primeiras travessias de inverno estão previstas para a primeira semana de novembro, se o tempo deixar, com quatro viagens de ida e volta por dia e um barco extra às sextas-feiras à noite.",
            ]
        },
    };

    private static readonly Dictionary<string, string[]> s_boxes = new()
    {
        ["en"] = ["Advertisement", "Newsletter The Valley Courier", "Every Friday, the best of the week in your inbox.", "Your email   Subscribe"],
        ["de"] = ["Anzeige", "Newsletter Kreisbote", "Jeden Freitag das Wichtigste aus der Region in Ihrem Postfach.", "Ihre E-Mail-Adresse   Jetzt anmelden"],
        ["fr"] = ["Publicité", "Newsletter Le Courrier", "Chaque vendredi, l'essentiel de la semaine dans votre boîte mail.", "Votre e-mail   S'abonner"],
        ["pt"] = ["Publicidade", "Newsletter Correio do Vale", "Todas as sextas-feiras, o melhor da semana no seu email.", "O seu email   Subscrever"],
    };

    private static readonly Dictionary<string, string> s_subheadings = new()
    {
        ["en"] = "What happens next?", ["de"] = "Wie geht es weiter?", ["fr"] = "Et maintenant ?", ["pt"] = "E agora?",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void TheSectionUnderASignUpBox_OnAPageWithNoBlankLines_IsTheArticles(string language, string[] top, string[] first, string[] second)
    {
        var page = string.Join("\n", top.Concat(first).Concat(s_boxes[language]).Append(s_subheadings[language]).Concat(second)
            .Append("Facebook   WhatsApp   Email").Append("© 2026 Courier Media"));

        var article = ArticleParser.Parse(page);

        Assert.Equal(top[4], article.Title);
        Assert.Equal(first.Concat(second), article.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Trailer && second.Contains(b.Text));
    }

    // After the article, the same box over a footer's teasers (each headline over its blurb) ends it: the teasers are the page's.
    [Fact]
    public void ASignUpBoxOverAFootersTeasers_StillEndsTheArticle()
    {
        var row = Pages().First().Data;
        var (top, first) = (row.Item2, row.Item3);
        var teasers = new[]
        {
            "Island school wins a grant for a new library",
            "The island's school will open a library for pupils and families this spring, paid for by a regional grant of 30,000 pounds.",
            "Winter storms close the harbour road again",
            "The harbour road was closed for the third time this winter after a storm brought down part of the sea wall near the ferry slip.",
            "New timetable for the island bus",
            "The island bus will run every hour from April, with an extra service for workers who catch the first ferry in the morning.",
        };
        var page = string.Join("\n", top.Concat(first).Concat(s_boxes["en"]).Concat(teasers).Append("© 2026 Courier Media"));

        var article = ArticleParser.Parse(page);

        Assert.Equal(first, article.Paragraphs.Select(p => p.Text));
    }
}
