using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 68, pages: a web story copied as text, one slide under each count ("2/7" … "7/7"), each slide a sentence or two
/// under its count, then the picture's credit and the viewer's prompt to go on ("Tap to continue", "Tocca per continuare").
/// The prompts are the viewer's navigation (<c>NavigationLines</c>, all seven lexicons), and the slides between the run's
/// first and last count are the story's text (<c>PageJumps.SlideSpan</c>), however much furniture parts them: before, the
/// furniture cut the prose run short and the later slides went to the page's trailer. The closing card under the last count
/// ("Read the full story on …"), a gallery of other stories numbered under the article, and a sentence that opens on the
/// prompt's words stay where the other rules put them.
/// </summary>
public sealed class WebStorySlideTests
{
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void SlidesBetweenTheCounts_AreTheStorysText(string language)
    {
        var story = Story.Of(language);

        var article = ArticleParser.Parse(story.Page());

        Assert.Equal(story.Title, article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        foreach (var slide in story.Slides)
        {
            Assert.Contains(slide, paragraphs);
        }

        Assert.DoesNotContain(story.Prompt, paragraphs);
        Assert.DoesNotContain(story.ReadOn, paragraphs);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void APromptUnderASlide_IsNavigation(string language)
    {
        var story = Story.Of(language);

        var article = ArticleParser.Parse(story.Page());

        Assert.Contains(article.Boilerplate, chrome => chrome.Text == story.Prompt && chrome.Kind == BoilerplateKind.Navigation);
    }

    // A sentence that quotes the prompt's words and goes on is the article's, as any sentence that opens on a button's words.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ASentenceOpeningOnThePromptsWords_StaysBody(string language)
    {
        var p = Articles.Of(language);
        var sentence = Story.Of(language).PromptInSentence;
        var page = string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Under the article, other stories numbered as a gallery ("More from …" / "1/3" / a blurb …): their run opens after the
    // article's end, and their blurbs stay the page's trailer.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AGalleryOfOtherStoriesUnderTheArticle_StaysTrailer(string language)
    {
        var p = Articles.Of(language);
        var story = Story.Of(language);
        var page = string.Join(
            "\n\n",
            Articles.Masthead(language),
            Articles.GappedMenu(language),
            p[0],
            Articles.Byline(language),
            Articles.Dateline(language),
            p[1],
            p[2],
            p[3],
            story.Site,
            "1/3\n" + story.Slides[0],
            "2/3\n" + story.Slides[1],
            "3/3\n" + story.Slides[2],
            "© 2026 " + Articles.Masthead(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    private sealed record Story(
        string Site, string Label, string Title, string Byline, string Date, string Credit, string Prompt, string LastPrompt,
        string ReadOn, string PromptInSentence, string[] Slides)
    {
        // The page as a web story's viewer is copied: the site's bar, the cover slide (its count, masthead, label, title,
        // byline, date, credit, prompt), one slide under each count, and the closing card under the last.
        public string Page()
        {
            var total = Slides.Length + 2;
            var blocks = new List<string>
            {
                $"Web Stories | {Site}",
                string.Join("\n", $"1/{total}", Site.ToUpperInvariant(), Label, Title, Byline, Date, Credit, Prompt),
            };
            for (var k = 0; k < Slides.Length; k++)
            {
                blocks.Add(string.Join("\n", $"{k + 2}/{total}", Slides[k], Credit, k < Slides.Length - 1 ? Prompt : LastPrompt));
            }

            blocks.Add($"{total}/{total}\n{ReadOn}");
            return string.Join("\n\n", blocks);
        }

        public static Story Of(string language) => language switch
        {
            "en" => new(
                Site: "Harbury Gazette", Label: "STORIES", Title: "Old lido at Fenwick reopens after five years", Byline: "By Nora Whitcombe", Date: "5 December 2026",
                Credit: "Photo: Tom Ashdale", Prompt: "Tap to continue", LastPrompt: "Swipe", ReadOn: "Read the full story on harburygazette.example",
                PromptInSentence: "Tap to continue, said the screen, but the ticket machine at the station had not answered for weeks.",
                Slides: new[]
                {
                "The lido closed in 2021 after a crack was found in the main pool, and swimmers had to travel to the next town.",
                "Volunteers raised most of the money for the repairs themselves, with cake sales and a sponsored swim across the bay.",
                "The new pool is heated by solar panels on the roof of the changing rooms, which were rebuilt last spring.",
                "“We never stopped believing it would open again,” said Marjorie Fenn, who has swum there since she was six.",
                "The first public session is on Saturday at ten, and entry will be free for children until the end of January.",
                }),
            "fr" => new(
                Site: "L'Écho du Vernois", Label: "STORIES", Title: "La piscine de Montclavel rouvre après cinq ans", Byline: "Par Léa Dumontet", Date: "5 décembre 2026",
                Credit: "Photo : Paul Garnier", Prompt: "Appuyez pour continuer", LastPrompt: "Faites défiler", ReadOn: "Lisez l'article complet sur echoduvernois.example",
                PromptInSentence: "Appuyez pour continuer, affichait l'écran, mais la borne de la gare ne répondait plus depuis des semaines.",
                Slides: new[]
                {
                "La piscine avait fermé en 2021 après la découverte d'une fissure dans le grand bassin, et les nageurs allaient en ville.",
                "Les bénévoles ont réuni une grande partie de l'argent des travaux, avec des ventes de gâteaux et une traversée du lac.",
                "Le nouveau bassin est chauffé par des panneaux solaires posés sur le toit des vestiaires, reconstruits au printemps.",
                "« Nous n'avons jamais cessé d'y croire », raconte Mireille Fenouil, qui nage là depuis l'âge de six ans.",
                "La première séance publique aura lieu samedi à dix heures, et l'entrée sera gratuite pour les enfants jusqu'en janvier.",
                }),
            "de" => new(
                Site: "Lautertaler Bote", Label: "STORIES", Title: "Freibad in Hohenwart öffnet nach fünf Jahren wieder", Byline: "Von Jana Kesselring", Date: "5. Dezember 2026",
                Credit: "Foto: Paul Brenner", Prompt: "Tippen zum Weiterlesen", LastPrompt: "Wischen", ReadOn: "Den ganzen Artikel lesen auf lautertaler-bote.example",
                PromptInSentence: "Tippen, um fortzufahren, stand auf dem Bildschirm, doch der Fahrkartenautomat am Bahnhof reagierte seit Wochen nicht mehr.",
                Slides: new[]
                {
                "Das Bad war 2021 geschlossen worden, nachdem ein Riss im großen Becken entdeckt wurde, und die Schwimmer fuhren in die Stadt.",
                "Ehrenamtliche haben einen großen Teil des Geldes selbst gesammelt, mit Kuchenverkäufen und einem Spendenschwimmen im See.",
                "Das neue Becken wird mit Solarzellen auf dem Dach der Umkleiden beheizt, die im Frühjahr neu gebaut wurden.",
                "„Wir haben nie aufgehört, daran zu glauben“, sagt Marlies Fennek, die dort schwimmt, seit sie sechs Jahre alt ist.",
                "Der erste öffentliche Badetag ist am Samstag um zehn Uhr, und Kinder haben bis Ende Januar freien Eintritt.",
                }),
            "es" => new(
                Site: "El Correo del Jarama", Label: "HISTORIAS", Title: "La piscina de Valdeolmos reabre tras cinco años", Byline: "Por Lucía Ortigosa", Date: "5 de diciembre de 2026",
                Credit: "Foto: Pablo Garcés", Prompt: "Toca para continuar", LastPrompt: "Desliza", ReadOn: "Lee el artículo completo en correodeljarama.example",
                PromptInSentence: "Toca para continuar, decía la pantalla, pero la máquina de billetes de la estación llevaba semanas sin responder.",
                Slides: new[]
                {
                "La piscina cerró en 2021 tras descubrirse una grieta en el vaso grande, y los bañistas tenían que ir hasta la ciudad.",
                "Los voluntarios reunieron buena parte del dinero de las obras con ventas de pasteles y una travesía a nado del embalse.",
                "El nuevo vaso se calienta con placas solares colocadas sobre el tejado de los vestuarios, reconstruidos en primavera.",
                "«Nunca dejamos de creer que volvería a abrir», cuenta Mercedes Fenoll, que nada allí desde los seis años.",
                "La primera sesión pública será el sábado a las diez, y la entrada será gratuita para los niños hasta finales de enero.",
                }),
            "it" => new(
                Site: "Il Corriere di Valbrenta", Label: "STORIE", Title: "La piscina di Montorso riapre dopo cinque anni", Byline: "di Giulia Ferracin", Date: "5 dicembre 2026",
                Credit: "Foto: Paolo Granzotto", Prompt: "Tocca per continuare", LastPrompt: "Scorri", ReadOn: "Leggi l'articolo completo su corrierevalbrenta.example",
                PromptInSentence: "Tocca per continuare, diceva lo schermo, ma la biglietteria automatica della stazione non rispondeva da settimane.",
                Slides: new[]
                {
                "La piscina era stata chiusa nel 2021 dopo la scoperta di una crepa nella vasca grande, e i nuotatori andavano in città.",
                "I volontari hanno raccolto gran parte dei soldi dei lavori con vendite di dolci e una traversata a nuoto del lago.",
                "La nuova vasca è riscaldata da pannelli solari sul tetto degli spogliatoi, ricostruiti la scorsa primavera.",
                "«Non abbiamo mai smesso di crederci», racconta Marisa Fenoglio, che nuota lì da quando aveva sei anni.",
                "La prima apertura al pubblico è sabato alle dieci, e l'ingresso sarà gratuito per i bambini fino alla fine di gennaio.",
                }),
            "pt" => new(
                Site: "Gazeta do Alto Paiva", Label: "HISTÓRIAS", Title: "Piscina de Vilar de Mouros reabre ao fim de cinco anos", Byline: "Por Joana Ferrão", Date: "5 de dezembro de 2026",
                Credit: "Foto: Paulo Gaspar", Prompt: "Toque para continuar", LastPrompt: "Deslize", ReadOn: "Leia o artigo completo em gazetaaltopaiva.example",
                PromptInSentence: "Toque para continuar, dizia o ecrã, mas a máquina de bilhetes da estação não respondia há semanas.",
                Slides: new[]
                {
                "A piscina fechou em 2021 depois de ser descoberta uma fenda no tanque grande, e os nadadores tinham de ir à cidade.",
                "Os voluntários juntaram boa parte do dinheiro das obras com vendas de bolos e uma travessia a nado da albufeira.",
                "O novo tanque é aquecido por painéis solares no telhado dos balneários, reconstruídos na primavera passada.",
                "«Nunca deixámos de acreditar que voltaria a abrir», conta Mariana Fontelas, que nada ali desde os seis anos.",
                "A primeira sessão pública é no sábado às dez, e a entrada será gratuita para as crianças até ao fim de janeiro.",
                }),
            _ => new(
                Site: "Dagblad De Lingestreek", Label: "VERHALEN", Title: "Buitenbad in Heukelom gaat na vijf jaar weer open", Byline: "Door Fenna Wildschut", Date: "5 december 2026",
                Credit: "Foto: Pieter Gansevoort", Prompt: "Tik om verder te gaan", LastPrompt: "Veeg", ReadOn: "Lees het hele artikel op lingestreek.example",
                PromptInSentence: "Tik om verder te gaan, stond op het scherm, maar de kaartautomaat op het station reageerde al weken niet.",
                Slides: new[]
                {
                "Het bad sloot in 2021 nadat er een scheur in het grote bassin was gevonden, en zwemmers moesten naar de stad.",
                "Vrijwilligers brachten een groot deel van het geld voor de reparatie zelf bijeen, met taartverkoop en een sponsorzwemtocht.",
                "Het nieuwe bassin wordt verwarmd met zonnepanelen op het dak van de kleedkamers, die dit voorjaar zijn herbouwd.",
                "“We zijn nooit opgehouden erin te geloven”, zegt Marijke Fennema, die daar zwemt sinds haar zesde.",
                "De eerste openbare zwemochtend is zaterdag om tien uur, en kinderen zwemmen tot eind januari gratis.",
                }),
        };
    }
}
