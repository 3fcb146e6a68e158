using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// After the article, a list of related articles (a headline without a full stop, a blurb under
/// it, three or more times) is set aside, and its headlines are no headings; an article's own
/// sections, inside its prose, stay.
/// </summary>
public sealed class TeaserListTests
{
    public static TheoryData<string, string[]> Teasers() => new()
    {
        {
            "en",
            new[]
            {
                "Ferry fares rise again for island residents", "The operator blamed fuel prices for the third rise this year.",
                "New library opens in the old post office", "Readers queued from early morning for the opening.",
                "Harbour wall repairs delayed until summer", "Engineers found more damage than expected during the survey.",
            }
        },
        {
            "fr",
            new[]
            {
                "Valmont rouvre son port aux voiliers", "Valmont a rouvert dimanche son port de plaisance aux voiliers venus de l'étranger.",
                "Une nouvelle médiathèque ouvre dans l'ancienne poste", "Les lecteurs ont fait la queue dès le matin pour l'ouverture.",
                "Les travaux du port repoussés à l'été", "Les ingénieurs ont trouvé plus de dégâts que prévu lors de l'inspection.",
            }
        },
        {
            "de",
            new[]
            {
                "Fährpreise steigen erneut für die Inselbewohner", "Der Betreiber nennt die Treibstoffpreise als Grund für die dritte Erhöhung.",
                "Neue Bibliothek in der alten Post eröffnet", "Die Leser standen schon am frühen Morgen für die Eröffnung an.",
                "Reparatur der Hafenmauer bis zum Sommer verschoben", "Die Ingenieure fanden bei der Prüfung mehr Schäden als erwartet.",
            }
        },
        {
            "es",
            new[]
            {
                "Suben otra vez los billetes del ferry a la isla", "La naviera culpa al precio del combustible de la tercera subida del año.",
                "Abre una nueva biblioteca en la antigua oficina de correos", "Los lectores hicieron cola desde primera hora para la apertura.",
                "Las obras del muelle se retrasan hasta el verano", "Los ingenieros encontraron más daños de lo previsto durante la revisión.",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Teasers))]
    public void HeadlinesWithBlurbs_AfterTheArticle_AreSetAside(string language, string[] teasers)
    {
        var page = Page(language, teasers);
        var article = ArticleParser.Parse(page);

        Assert.Equal(Articles.Of(language).Skip(1), article.Paragraphs.Select(p => p.Text));
        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.All(teasers, t => Assert.Equal(BoilerplateKind.Trailer, Assert.Single(article.Boilerplate, b => b.Text == t).Kind));
    }

    // A headline may end on a quoted title or an agency's initials in brackets: still no sentence.
    public static TheoryData<string, string[]> QuotedTeasers() => new()
    {
        {
            "en",
            new[]
            {
                "Mayor opens the exhibition \"A city by the sea\"", "The exhibition marks ten years of the harbour's listing as a heritage site.",
                "Night traffic suspended at the north junction (RTA)", "The road will be closed from Tuesday at eleven until Wednesday morning.",
                "Festival director quits over \"The Tempest\"", "She said the board had left her no choice after the last meeting.",
            }
        },
        {
            "fr",
            new[]
            {
                "La maire inaugure l'exposition « Une ville au bord de l'eau »", "L'exposition célèbre les dix ans de l'inscription du port au patrimoine.",
                "Circulation suspendue la nuit à l'échangeur nord (DIR)", "La route sera fermée de mardi à 23 h jusqu'à mercredi matin.",
                "Le directeur du festival quitte « La Tempête »", "Il a dit que le conseil ne lui avait pas laissé le choix.",
            }
        },
        {
            "de",
            new[]
            {
                "Bürgermeisterin eröffnet die Ausstellung „Eine Stadt am Meer“", "Die Ausstellung feiert zehn Jahre Welterbe des Hafens.",
                "Nachts Sperrung an der Anschlussstelle Nord (ASFINAG)", "Die Straße wird von Dienstag um 23 Uhr bis Mittwochmorgen gesperrt.",
                "Festivalleiterin verlässt „Der Sturm“", "Sie sagte, der Vorstand habe ihr keine Wahl gelassen.",
            }
        },
    };

    [Theory]
    [MemberData(nameof(QuotedTeasers))]
    public void HeadlinesEndingOnAQuoteOrBracket_WithBlurbs_AfterTheArticle_AreSetAside(string language, string[] teasers)
        => HeadlinesWithBlurbs_AfterTheArticle_AreSetAside(language, teasers);

    [Theory]
    [MemberData(nameof(Teasers))]
    public void SameShape_InsideTheArticle_StaysAsSections(string language, string[] sections)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", new[] { "Menu", "Search", paragraphs[0], paragraphs[1], paragraphs[2] }.Concat(sections).Append(paragraphs[3]));
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { sections[0], sections[2], sections[4] }, article.Sections.Select(s => s.Heading).Where(h => h is not null));
    }

    // Chrome above the headline makes it a dumped web page; after the article, a share bar and a
    // newsletter box stand between it and the related articles.
    private static string Page(string language, string[] teasers)
    {
        var paragraphs = Articles.Of(language);
        var page = new[] { "Menu", "Search", paragraphs[0] }.Concat(paragraphs.Skip(1)).Concat(new[] { "Facebook Twitter", "Top" }).Concat(teasers);
        return string.Join("\n\n", page);
    }

    public static TheoryData<string, string[], string> Footers() => new()
    {
        { "en", new[] { "Ferry fares rise again", "New library opens in the old post office", "Harbour wall repairs delayed", "Storm closes the coast road" }, "The paper was founded in 1902 and has been owned by a local trust since the war." },
        { "fr", new[] { "Les tarifs du ferry augmentent encore", "Une médiathèque ouvre dans l'ancienne poste", "Les travaux du port repoussés", "La tempête ferme la route côtière" }, "Le journal a été fondé en 1902 et appartient depuis la guerre à une fondation locale." },
        { "de", new[] { "Fährpreise steigen erneut", "Neue Bibliothek in der alten Post", "Reparatur der Hafenmauer verschoben", "Sturm sperrt die Küstenstraße" }, "Die Zeitung wurde 1902 gegründet und gehört seit dem Krieg einer örtlichen Stiftung." },
        { "pt", new[] { "Preço do ferry volta a subir", "Nova biblioteca abre nos antigos correios", "Obras no cais adiadas", "Tempestade fecha a estrada da costa" }, "O jornal foi fundado em 1902 e pertence desde a guerra a uma fundação local." },
        { "nl", new[] { "Veerprijzen stijgen opnieuw", "Nieuwe bibliotheek in het oude postkantoor", "Herstel van de havenmuur uitgesteld", "Storm sluit de kustweg af" }, "De krant werd in 1902 opgericht en is sinds de oorlog van een lokale stichting." },
    };

    [Theory]
    [MemberData(nameof(Footers))]
    public void HeadlinesAfterTheArticle_StartThePagesFooter(string language, string[] headlines, string footer)
    {
        var paragraphs = Articles.Of(language);
        var page = new[] { "Menu", "Search", paragraphs[0] }.Concat(paragraphs.Skip(1)).Append(Articles.Closing(language)).Concat(headlines).Append(footer);
        var article = ArticleParser.Parse(string.Join("\n\n", page));

        Assert.Equal(paragraphs.Skip(1).Append(Articles.Closing(language)), article.Paragraphs.Select(p => p.Text));
        Assert.Equal(BoilerplateKind.Trailer, Assert.Single(article.Boilerplate, b => b.Text == footer).Kind);
    }

    // One of the other stories' headlines asks a question: the footer starts at it all the same
    // (a share bar parts it from the article, as on a page).
    [Theory]
    [MemberData(nameof(Footers))]
    public void AQuestionAmongTheFootersHeadlines_StartsTheFooterToo(string language, string[] headlines, string footer)
    {
        var question = language switch
        {
            "en" => "Will the ferry keep running this winter?",
            "fr" => "Le ferry pourra-t-il naviguer cet hiver ?",
            "de" => "Fährt die Fähre auch diesen Winter?",
            "pt" => "O ferry vai navegar este inverno?",
            _ => "Vaart de veerboot deze winter nog?",
        };
        var p = Articles.Of(language);
        var body = new[] { p[1] + " " + p[2], p[3] + " " + Articles.Closing(language) };
        var page = new[] { "Menu", "Search", p[0] }.Concat(body)
            .Concat(new[] { "Facebook Twitter", "Top", "Instagram YouTube" }).Append(question).Concat(headlines.Take(3)).Append(footer);
        var article = ArticleParser.Parse(string.Join("\n\n", page));

        Assert.Equal(body, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Trailer, Assert.Single(article.Boilerplate, b => b.Text == question).Kind);
    }

    [Theory]
    [MemberData(nameof(Footers))]
    public void HeadlinesAboveMuchOfTheArticle_AreNoFooter(string language, string[] headlines, string footer)
    {
        _ = footer;
        var paragraphs = Articles.Of(language);
        var page = new[] { "Menu", "Search", paragraphs[0], Articles.Closing(language) }.Concat(headlines).Concat(paragraphs.Skip(1));
        var article = ArticleParser.Parse(string.Join("\n\n", page));

        var kept = article.Paragraphs.Select(p => p.Text).ToList();
        Assert.All(new[] { Articles.Closing(language) }.Concat(paragraphs.Skip(1)), p => Assert.Contains(p, kept));
    }
}
