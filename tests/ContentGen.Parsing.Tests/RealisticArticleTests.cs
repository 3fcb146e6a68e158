using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// Invented articles in the styles of the scraped, machine-translated news the parser meets,
/// each with the reading a careful editor writes down by hand: title, source, boilerplate,
/// sections, paragraphs, and quotes with their speakers. Every article is original text.
/// </summary>
public sealed class RealisticArticleTests
{
    private const string Nb = "\u00A0";

    // Appended to an expected speaker: the right name, or none, is acceptable; another name is not.
    private const string OrNone = "|";

    [Fact]
    public void TranslatedWireStory_WithGuillemetsGluedMarksAndForeignDisclaimer()
    {
        var text = $"""
            Skip to content
            Brussels and Ankara agree to resume talks on visa liberalisation – Euronews in French

            Turkish Foreign Minister Mevlüt Demir and EU foreign policy chief Anna Kowalska shake hands before their meeting in Brussels.

            On Tuesday, the European Union and Turkey agreed to reopen negotiations on visa liberalisation, frozen for almost four years. The announcement was made after a working lunch between the two delegations.

            A roadmap still far from complete

            Of the 72 criteria set by Brussels, Ankara has so far met 66, according to the European Commission. The remaining points concern in particular the anti-terrorism law and the protection of personal data.

            Anna Kowalska said that the discussions had been «{Nb}frank and constructive{Nb}». She added that the Union expected «{Nb}concrete gestures{Nb}» before the summer.

            For his part, Mevlüt Demir welcomed a «{Nb}historic step ”, while recalling that Turkish citizens had been waiting «{Nb}far too long{Nb}». «{Nb}We have done our part of the work, now it is up to Europe to keep its word ”, he said, calling for an end to what he called a policy of“ double standards ”on the part of certain member states.

            Cet article a été traduit automatiquement à partir de sa version originale et n'a pas été relu par notre rédaction, qui décline toute responsabilité quant à son contenu.
            """;

        Check(text, new Expected(
            "Brussels and Ankara agree to resume talks on visa liberalisation",
            "Euronews in French",
            new[] { "Skip to content", "Cet article a été traduit automatiquement " },
            new (string?, int)[] { (null, 2), ("A roadmap still far from complete", 3) },
            new[] { "Turkish Foreign Minister ", "On Tuesday, ", "Of the 72 criteria ", "Anna Kowalska said ", "For his part, " },
            new (string, string?)[]
            {
                ("frank and constructive", "Anna Kowalska"),
                ("concrete gestures", "Anna Kowalska"),
                ("historic step", "Mevlüt Demir"),
                ("far too long", "Mevlüt Demir"),
                ("We have done our part of the work, now it is up to Europe to keep its word", "Mevlüt Demir"),
                ("double standards", "Mevlüt Demir"),
            }));
    }

    [Fact]
    public void LocalNewsPage_WithMenuBylineAdvertReadMoreAndCopyright()
    {
        var text = """
            Menu
            Search
            Council approves plan for 400 homes on former airfield | Northgate Gazette
            By Helen Marsh
            Published 14 March 2023

            Share this

            A plan to build 400 homes on the site of a former RAF airfield has been approved despite objections from more than 2,000 residents.

            Members of Northgate District Council's planning committee voted by seven votes to four in favour of the scheme on Monday evening.

            "We understand the strength of feeling, but the district needs these homes and this site has been earmarked for development for over a decade," said councillor David Okafor, who chairs the committee.

            Advertisement

            Campaigners said they were considering a legal challenge. "The roads simply cannot cope with another thousand cars," said Ruth Evans, of the Save Ashby Fields group. "Nobody has explained where the children will go to school."

            Read more: Residents fill hall to oppose airfield homes

            The developer, Larchmont Homes, said work could begin next year and that a third of the properties would be classed as affordable.

            © 2023 Northgate Gazette. All rights reserved.
            """;

        Check(text, new Expected(
            "Council approves plan for 400 homes on former airfield",
            "Northgate Gazette",
            new[] { "Menu", "Search", "By Helen Marsh", "Published 14 March 2023", "Share this", "Advertisement", "Read more: Residents fill hall", "© 2023 Northgate Gazette." },
            new (string?, int)[] { (null, 5) },
            new[] { "A plan to build ", "Members of ", "\"We understand ", "Campaigners said ", "The developer, " },
            new (string, string?)[]
            {
                ("We understand the strength of feeling, but the district needs these homes and this site has been earmarked for development for over a decade", "David Okafor"),
                ("The roads simply cannot cope with another thousand cars", "Ruth Evans"),
                ("Nobody has explained where the children will go to school.", "Ruth Evans"),
            }));
    }

    [Fact]
    public void HardWrappedExplainer_WithColonTitleAndSeveralHeadings()
    {
        var paragraphs = new[]
        {
            "Farmers across the south of the country are counting the cost of the driest spring since records began, with yields of wheat and barley expected to fall by a third.",
            "#Reservoirs at record lows",
            "Water levels in the main reservoirs stood at 38% of capacity at the end of May, according to the national water authority. In some valleys the figure was below 20%.",
            "“We have never seen the ground this hard so early in the year,” said Paolo Ferri, who grows maize on 120 hectares near the river delta.",
            "#Restrictions widen",
            "Irrigation has been banned in four provinces since Monday, and the ban is likely to be extended to three more next week, the agriculture ministry said.",
            "#What happens next",
            "The government has promised an emergency fund for the hardest-hit farms, but farmers' unions say the sums announced so far fall far short of the losses.",
        };
        var body = string.Join("\n\n", paragraphs.Select(p => p.StartsWith('#') ? p.Substring(1) : HardWrap.Lines(p, 72)));
        var text = "Drought: farmers in the south count their losses - Daily Ledger\n\n" + body + "\n";

        var article = Check(text, new Expected(
            "Drought: farmers in the south count their losses",
            "Daily Ledger",
            Array.Empty<string>(),
            new (string?, int)[] { (null, 1), ("Reservoirs at record lows", 2), ("Restrictions widen", 1), ("What happens next", 1) },
            new[] { "Farmers across ", "Water levels ", "“We have never ", "Irrigation has ", "The government " },
            new (string, string?)[]
            {
                ("We have never seen the ground this hard so early in the year", "Paolo Ferri"),
            }));
        Assert.Equal(paragraphs.Where(p => !p.StartsWith('#')), article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void PlainNews_QuoteOverThreeParagraphsAndSplitQuote()
    {
        var text = """
            Rail fares to rise by 5% in January

            Rail fares in England will rise by an average of 5% from January, the government has announced.

            The increase is below the rate of inflation but passengers' groups said it would still hit commuters hard.

            "Fares have gone up year after year while services have got worse," said Anthony Reid, director of the Passenger Voice campaign.

            "People are being asked to pay more for trains that are late, cancelled or so crowded that they cannot get on them.

            "We are calling on ministers to freeze fares until punctuality improves."

            "This is the smallest rise for three years," a Department for Transport spokesman said, "and we are investing record sums in new trains and stations."

            Rail companies said the extra income would help to pay for maintenance work on the network.
            """;

        Check(text, new Expected(
            "Rail fares to rise by 5% in January",
            null,
            Array.Empty<string>(),
            new (string?, int)[] { (null, 7) },
            new[] { "Rail fares in ", "The increase ", "\"Fares have ", "\"People are ", "\"We are calling ", "\"This is ", "Rail companies " },
            new (string, string?)[]
            {
                ("Fares have gone up year after year while services have got worse", "Anthony Reid"),
                ("People are being asked to pay more for trains that are late, cancelled or so crowded that they cannot get on them. We are calling on ministers to freeze fares until punctuality improves.", "Anthony Reid"),
                ("This is the smallest rise for three years", "Department for Transport"),
                ("and we are investing record sums in new trains and stations.", "Department for Transport"),
            }));
    }

    [Fact]
    public void FrenchPage_WithSelonInvertedVerbsLireAussiAndPageChrome()
    {
        var text = $"""
            Aller au contenu principal
            Grève des contrôleurs aériens : des centaines de vols annulés à Marseille – Le Journal du Sud
            Publié le 12/04/2023 à 08:15

            Des passagers attendent devant le tableau des départs de l'aéroport de Marseille-Provence, mercredi matin.

            Plus de 300 vols ont été annulés mercredi à l'aéroport de Marseille-Provence en raison d'une grève des contrôleurs aériens, selon la direction de l'aéroport.

            Lire aussi : Transport aérien : la saison estivale s'annonce tendue

            «{Nb}Nous avons été prévenus hier soir à 22 heures, c'est inadmissible{Nb}», s'emporte Claire Dubois, une passagère qui devait rejoindre Lyon. «{Nb}On nous propose un bus demain, sans aucune garantie.{Nb}»

            Des négociations au point mort

            Selon le syndicat majoritaire, les discussions avec la direction générale de l'aviation civile n'ont donné «{Nb}aucun résultat concret{Nb}». «{Nb}Tant que nous ne serons pas entendus, le mouvement continuera{Nb}», a déclaré son secrétaire général, Marc Lefèvre.

            La ministre des Transports, Élisabeth Martin, a appelé à «{Nb}la responsabilité de chacun{Nb}». «{Nb}Le trafic devrait rester perturbé jusqu'à vendredi{Nb}», a-t-elle précisé.

            Partager
            Publicité
            """;

        Check(text, new Expected(
            "Grève des contrôleurs aériens : des centaines de vols annulés à Marseille",
            "Le Journal du Sud",
            new[] { "Aller au contenu principal", "Publié le 12/04/2023", "Lire aussi : Transport aérien", "Partager", "Publicité" },
            new (string?, int)[] { (null, 3), ("Des négociations au point mort", 2) },
            new[] { "Des passagers ", "Plus de 300 vols ", "«", "Selon le syndicat ", "La ministre " },
            new (string, string?)[]
            {
                ("Nous avons été prévenus hier soir à 22 heures, c'est inadmissible", "Claire Dubois"),
                ("On nous propose un bus demain, sans aucune garantie.", "Claire Dubois"),
                ("aucun résultat concret", null),
                ("Tant que nous ne serons pas entendus, le mouvement continuera", "Marc Lefèvre"),
                ("la responsabilité de chacun", "Élisabeth Martin"),
                ("Le trafic devrait rester perturbé jusqu'à vendredi", "Élisabeth Martin"),
            }));
    }

    [Fact]
    public void OneParagraphPerLine_WithCrlfEndings()
    {
        var text = string.Join(
            "\r\n",
            "Flooded villages begin the clean-up after river bursts its banks",
            "Residents of three villages in the Aire valley began clearing mud and debris from their homes on Sunday after the river burst its banks for the second time this winter.",
            "About 150 properties were flooded overnight, according to the Environment Agency, which had issued two severe flood warnings on Saturday evening.",
            "\"The water came in through the back door and within twenty minutes it was up to our knees,\" said Margaret Holt, 71, who has lived in the village of Low Marsden for forty years.",
            "Volunteers from the local rugby club helped to fill sandbags and carry furniture upstairs.",
            "The agency said river levels were now falling but warned that more rain was expected later in the week.") + "\r\n";

        var article = Check(text, new Expected(
            "Flooded villages begin the clean-up after river bursts its banks",
            null,
            Array.Empty<string>(),
            new (string?, int)[] { (null, 5) },
            new[] { "Residents of ", "About 150 ", "\"The water ", "Volunteers from ", "The agency said " },
            new (string, string?)[]
            {
                ("The water came in through the back door and within twenty minutes it was up to our knees", "Margaret Holt"),
            }));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains('\r', StringComparison.Ordinal));
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, article.Paragraphs.Select(p => p.Position.Line));
    }

    [Fact]
    public void ShortHeadlineWithSiteSuffix_IsSplit_WhenTheSuffixReadsAsAPublication()
    {
        var text = """
            Storm closes island ports – Coast News

            Ferry services between the mainland and the islands were cancelled on Thursday as Storm Edna brought gusts of more than 80mph to the west coast.

            The operator, Western Isles Ferries, said no sailings would take place before Friday afternoon at the earliest.

            "Safety has to come first, and the forecast gives us no choice," said operations manager Fiona MacLeod.

            Schools on two of the islands were also closed. "We will reopen as soon as the roads are clear," she said.
            """;

        Check(text, new Expected(
            "Storm closes island ports",
            "Coast News",
            Array.Empty<string>(),
            new (string?, int)[] { (null, 4) },
            new[] { "Ferry services ", "The operator, ", "\"Safety has ", "Schools on " },
            new (string, string?)[]
            {
                ("Safety has to come first, and the forecast gives us no choice", "Fiona MacLeod"),
                ("We will reopen as soon as the roads are clear", "Fiona MacLeod"),
            }));
    }

    [Fact]
    public void SportsStory_FixtureLinesAreParagraphsNotHeadings()
    {
        var text = """
            Cup draw pairs Wrexham with holders

            Wrexham will host the holders in the fourth round of the FA Cup after Monday's draw at Wembley.

            The non-league side beat two Championship teams on the way to the last 32 and manager Phil Parkes said his players deserved "the biggest stage there is".

            The full draw is:

            Wrexham v Manchester City

            Stockport County v Villa or Forest

            Brighton v Luton Town

            Leeds United v Blackpool or Derby

            Ties will be played over the weekend of 27 and 28 January.
            """;

        Check(text, new Expected(
            "Cup draw pairs Wrexham with holders",
            null,
            Array.Empty<string>(),
            new (string?, int)[] { (null, 8) },
            new[] { "Wrexham will ", "The non-league ", "The full draw is:", "Wrexham v ", "Stockport County v ", "Brighton v ", "Leeds United v ", "Ties will " },
            new (string, string?)[]
            {
                ("the biggest stage there is", "Phil Parkes"),
            }));
    }

    [Fact]
    public void Explainer_WithQuestionHeadingsAndGuillemetSeparator()
    {
        var text = """
            Energy price cap: what changes for households in April » Money Matters

            The cap on household energy bills will fall by around 12% from the first of April, the regulator announced on Friday.

            Who is affected?

            The cap applies to about 22 million households on standard variable tariffs. Those on fixed deals will see no change until their contract ends.

            How much will I save?

            A typical household using gas and electricity will pay about £1,900 a year, down from £2,150, according to the regulator's figures.

            Consumer groups welcomed the cut but warned that bills remained far higher than before the energy crisis.
            """;

        Check(text, new Expected(
            "Energy price cap: what changes for households in April",
            "Money Matters",
            Array.Empty<string>(),
            new (string?, int)[] { (null, 1), ("Who is affected?", 1), ("How much will I save?", 2) },
            new[] { "The cap on ", "The cap applies ", "A typical ", "Consumer groups " },
            Array.Empty<(string, string?)>()));
    }

    [Fact]
    public void SiteColonTitle_ShareBarAndRelatedStoriesTrailer()
    {
        var text = """
            Madrid Today: Metro workers call three-day strike over pay

            Facebook Twitter WhatsApp Email

            Metro drivers in the Spanish capital will walk out for three days next week after talks over a new pay agreement collapsed on Wednesday night.

            The strike will affect all twelve lines of the network, which carries more than two million passengers on a typical weekday, according to the operator.

            "We have been patient for two years," said union spokeswoman Lucía Romero. "Our members have had enough."

            The regional transport department said minimum services of 30% would be guaranteed at peak hours.

            Related stories

            Bus drivers accept new contract after month of talks

            City council approves fare freeze for young people
            """;

        Check(text, new Expected(
            "Madrid Today: Metro workers call three-day strike over pay",
            null,
            new[] { "Facebook Twitter WhatsApp Email", "Related stories", "Bus drivers accept ", "City council approves " },
            new (string?, int)[] { (null, 4) },
            new[] { "Metro drivers ", "The strike ", "\"We have been ", "The regional " },
            new (string, string?)[]
            {
                ("We have been patient for two years", "Lucía Romero"),
                ("Our members have had enough.", "Lucía Romero"),
            }));
    }

    [Fact]
    public void TranslatedStory_WithSpanishDisclaimerAndDoubleColonSeparator()
    {
        var text = """
            Government promises new hospital for the north of the island :: Canarias Hoy

            The regional government has promised to build a new hospital in the north of Tenerife before 2030, ending a decade of delays.

            The health minister, Carmen Alonso, said the project would cost 180 million euros and create around 1,200 jobs. "It is a debt we owe to the north," she said.

            Opposition parties called the announcement an electoral promise. "We have heard this three times already," said Javier Díaz, a regional deputy.

            Este contenido ha sido traducido de forma automática y puede contener errores; la versión original en español es la única que tiene valor legal.
            """;

        Check(text, new Expected(
            "Government promises new hospital for the north of the island",
            "Canarias Hoy",
            new[] { "Este contenido ha sido traducido " },
            new (string?, int)[] { (null, 3) },
            new[] { "The regional ", "The health minister, ", "Opposition parties " },
            new (string, string?)[]
            {
                ("It is a debt we owe to the north", "Carmen Alonso"),
                ("We have heard this three times already", "Javier Díaz"),
            }));
    }

    [Fact]
    public void GermanMarksAndScareQuotes_GetNoInventedSpeaker()
    {
        var text = """
            Berlin plans new rules for rooftop solar panels - Rhein Courier English

            The federal cabinet approved a draft law on Wednesday that would require solar panels on the roofs of all new commercial buildings from next year.

            The economy ministry described the measure as a „turning point“ for the energy transition. Critics, however, fear a new wave of „paperwork for its own sake“.

            Economy Minister Katrin Vogel said: „We want every suitable roof to produce electricity.“ The industry association welcomed the plan in principle.

            The Bundestag is expected to vote on the bill before the summer break.
            """;

        Check(text, new Expected(
            "Berlin plans new rules for rooftop solar panels",
            "Rhein Courier English",
            Array.Empty<string>(),
            new (string?, int)[] { (null, 4) },
            new[] { "The federal cabinet ", "The economy ministry ", "Economy Minister ", "The Bundestag " },
            new (string, string?)[]
            {
                ("turning point", null),
                ("paperwork for its own sake", null),
                ("We want every suitable roof to produce electricity.", "Katrin Vogel"),
            }));
    }

    [Fact]
    public void CourtReport_ShortSentenceParagraphAndQuotedLineAreNotHeadings()
    {
        var text = """
            Former mayor jailed for taking bribes from building firms

            A former mayor of Castleford has been jailed for four years for accepting bribes worth more than £200,000 from building firms.

            Peter Lang, 58, had denied the charges but was found guilty by a jury in March after a six-week trial.

            He showed no emotion as the sentence was read out

            Judge Miriam Shaw told him he had "betrayed the trust of every person in the town"

            The court heard that Lang had approved planning applications for three companies in return for cash, holidays and building work on his own home.

            Detective Inspector Sam Cole said after the hearing that the sentence sent a clear message to anyone in public office.
            """;

        Check(text, new Expected(
            "Former mayor jailed for taking bribes from building firms",
            null,
            Array.Empty<string>(),
            new (string?, int)[] { (null, 6) },
            new[] { "A former mayor ", "Peter Lang, ", "He showed ", "Judge Miriam Shaw ", "The court heard ", "Detective Inspector " },
            new (string, string?)[]
            {
                ("betrayed the trust of every person in the town", "Miriam Shaw"),
            }));
    }

    [Fact]
    public void MatchReport_EndingInLineUpsHasNoDisclaimer()
    {
        var text = """
            Harriers edge past Rovers in six-goal thriller

            Two late goals from substitute Tom Reilly gave Harriers a 4-2 win over Rovers in a league match that swung back and forth all afternoon.

            Rovers led 2-1 at half-time after a penalty from captain Dan Price, but Harriers levelled through a header from Sam Okoro.

            "We never stopped believing, and the lads on the bench made the difference," said Harriers manager Lee Barton.

            Harriers: J Marsh; P Doyle, A Grant, S Okoro, M Hale; D Shaw, L Webb, C Young; R Page, K Lowe, B Stone.

            Subs: T Reilly, D Moss, E Nash, L Ford, A Hart.
            """;

        Check(text, new Expected(
            "Harriers edge past Rovers in six-goal thriller",
            null,
            Array.Empty<string>(),
            new (string?, int)[] { (null, 5) },
            new[] { "Two late goals ", "Rovers led ", "\"We never ", "Harriers: J Marsh", "Subs: T Reilly" },
            new (string, string?)[]
            {
                ("We never stopped believing, and the lads on the bench made the difference", "Lee Barton"),
            }));
    }

    [Fact]
    public void FrenchReport_HeadingAfterARelatedLinkAndAReaderQuestionLine()
    {
        var text = """
            Naufrage au large de Lampedusa : au moins douze disparus – Info Méditerranée

            Au moins douze personnes sont portées disparues après le naufrage d'une embarcation partie de Tunisie dans la nuit de samedi à dimanche, selon les garde-côtes italiens.

            >> Migrants : l'Italie et la Tunisie signent un nouvel accord de coopération

            Des secours compliqués par la météo

            Les vents forts et une mer agitée ont compliqué les recherches, qui se poursuivaient lundi matin avec deux navires et un hélicoptère.

            Vingt-huit rescapés ont été conduits au centre d'accueil de l'île, où ils reçoivent des soins.
            """;

        Check(text, new Expected(
            "Naufrage au large de Lampedusa : au moins douze disparus",
            "Info Méditerranée",
            new[] { ">> Migrants : l'Italie" },
            new (string?, int)[] { (null, 1), ("Des secours compliqués par la météo", 2) },
            new[] { "Au moins douze ", "Les vents forts ", "Vingt-huit rescapés " },
            Array.Empty<(string, string?)>()));
    }

    [Fact]
    public void ParliamentaryReport_PostNominalTitleAndASeatThatRefersBack()
    {
        var text = """
            MPs demand answers over delayed hospital building programme

            Ministers have been accused of misleading Parliament over the number of new hospitals that will be finished by the end of the decade.

            "The public were promised forty new hospitals and they deserve to know how many will actually be built," said Margaret Elwood MP, who chairs the health committee.

            The Hartley North MP, who has campaigned for a new hospital in her constituency for six years, said the delays were "a betrayal of patients".

            A Department of Health spokeswoman said the programme remained on track and that building work had started at twelve sites.
            """;

        Check(text, new Expected(
            "MPs demand answers over delayed hospital building programme",
            null,
            Array.Empty<string>(),
            new (string?, int)[] { (null, 4) },
            new[] { "Ministers have ", "\"The public ", "The Hartley North MP", "A Department of Health " },
            new (string, string?)[]
            {
                ("The public were promised forty new hospitals and they deserve to know how many will actually be built", "Margaret Elwood"),
                ("a betrayal of patients", "Margaret Elwood"),
            }));
    }

    [Fact]
    public void TranslatedPage_OneLinePerParagraphWithSourceLineAndQuoteOverTwoParagraphs()
    {
        var text = string.Join(
            "\n",
            "Skip to content",
            "Menu",
            "Paris and Algiers relaunch their dialogue on memory – RT in French",
            "The French president Louis Renard greets his Algerian counterpart at the Élysée Palace on 10 March.",
            "The two countries have agreed to set up a joint commission of historians to work on the archives of the colonial period, the Élysée announced on Thursday.",
            "Read also: Algeria recalls its ambassador to France for consultations",
            $"According to the presidency, the commission will meet for the first time in May in Algiers. «{Nb}We must look at this history with lucidity, without repentance or denial{Nb}», declared the head of state, who described the initiative as«{Nb}a step towards appeasement ”.",
            "A long-awaited gesture",
            $"On the Algerian side, Foreign Minister Ahmed Attaf welcomed a «{Nb}positive signal{Nb}», while stressing that the question of the archives «{Nb}cannot be settled in a few months{Nb}».",
            $"«{Nb}It will take time.",
            $"«{Nb}But the will is there{Nb}», he told reporters.",
            "Source: AFP",
            "Tous droits réservés. Les opinions exprimées dans cet article ne reflètent pas nécessairement celles de la rédaction et sont traduites de manière automatique.");

        Check(text, new Expected(
            "Paris and Algiers relaunch their dialogue on memory",
            "RT in French",
            new[] { "Skip to content", "Menu", "Read also: Algeria", "Source: AFP", "Tous droits réservés." },
            new (string?, int)[] { (null, 3), ("A long-awaited gesture", 3) },
            new[] { "The French president ", "The two countries ", "According to ", "On the Algerian side, ", "«", "«" },
            new (string, string?)[]
            {
                // "The head of state" is the Louis Renard of the caption; no speaker beats a wrong one.
                ("We must look at this history with lucidity, without repentance or denial", "Louis Renard" + OrNone),
                ("a step towards appeasement", "Louis Renard" + OrNone),
                ("positive signal", "Ahmed Attaf"),
                ("cannot be settled in a few months", "Ahmed Attaf"),
                ("It will take time. But the will is there", "Ahmed Attaf"),
            }));
    }

    [Fact]
    public void WildfireReport_PraiseReportsAQuoteAndAFirstNameIsASpeaker()
    {
        var text = """
            Wildfire forces evacuation of 3,000 near Marseille – Provence Matin English edition

            Firefighters battle flames in the hills above Allauch on Sunday evening.

            More than 3,000 residents were evacuated overnight as a wildfire spread through pine forest in the hills north-east of Marseille, fanned by gusts of up to 70 km/h.

            The fire, which broke out on Sunday afternoon for reasons that are not yet known, had burned about 600 hectares by Monday morning, according to the prefecture.

            "The night was very difficult, the wind changed direction several times," explained Colonel Yves Martel, who is leading the operation. "We have been able to protect all the houses so far."

            Some 800 firefighters and eight water-bombing planes were deployed. Interior Minister Gérald Moreau, who travelled to the scene on Monday, praised their "exceptional courage".

            Residents told of leaving in a hurry

            "We left with nothing, just the dog and our papers," said Sophie, 42, who spent the night in a gymnasium with her two children.

            Read also: Drought: water restrictions extended to 60 departments

            Authorities have warned that the risk will remain very high throughout the week, with temperatures expected to exceed 35C.

            Toda la información publicada refleja únicamente la opinión de sus autores y ha sido traducida automáticamente sin revisión editorial.
            """;

        Check(text, new Expected(
            "Wildfire forces evacuation of 3,000 near Marseille",
            "Provence Matin English edition",
            new[] { "Read also: Drought:", "Toda la información " },
            new (string?, int)[] { (null, 5), ("Residents told of leaving in a hurry", 2) },
            new[] { "Firefighters battle ", "More than 3,000 ", "The fire, ", "\"The night ", "Some 800 ", "\"We left ", "Authorities have " },
            new (string, string?)[]
            {
                ("The night was very difficult, the wind changed direction several times", "Yves Martel"),
                ("We have been able to protect all the houses so far.", "Yves Martel"),
                ("exceptional courage", "Gérald Moreau"),
                ("We left with nothing, just the dog and our papers", "Sophie"),
            }));
    }

    // Compares every expectation and reports all that fail at once, so one run shows the whole reading.
    private static Article Check(string text, Expected expected)
    {
        var article = ArticleParser.Parse(text);
        var failures = new List<string>();
        var total = 0;

        void Expect(bool ok, string what)
        {
            total++;
            if (!ok)
            {
                failures.Add(what);
            }
        }

        Expect(article.Title == expected.Title, $"title: '{article.Title}'");
        Expect(article.Source == expected.Source, $"source: '{article.Source}'");

        var boilerplate = article.Boilerplate.Select(b => b.Text).ToList();
        Expect(boilerplate.Count == expected.Boilerplate.Length, $"boilerplate count {boilerplate.Count}: [{string.Join(" | ", boilerplate)}]");
        for (var i = 0; i < expected.Boilerplate.Length; i++)
        {
            Expect(i < boilerplate.Count && boilerplate[i].StartsWith(expected.Boilerplate[i], StringComparison.Ordinal), $"boilerplate {i}: expected '{expected.Boilerplate[i]}'");
        }

        var sections = article.Sections.Select(s => (s.Heading, s.ParagraphCount)).ToList();
        Expect(sections.Count == expected.Sections.Length, $"section count {sections.Count}: [{string.Join(" | ", sections)}]");
        for (var i = 0; i < expected.Sections.Length; i++)
        {
            Expect(i < sections.Count && sections[i] == expected.Sections[i], $"section {i}: expected {expected.Sections[i]}, got {(i < sections.Count ? sections[i].ToString() : "none")}");
        }

        var paragraphs = article.Paragraphs.Select(p => p.Text).ToList();
        Expect(paragraphs.Count == expected.ParagraphStarts.Length, $"paragraph count {paragraphs.Count}: [{string.Join(" | ", paragraphs.Select(p => p.Length > 30 ? p.Substring(0, 30) : p))}]");
        for (var i = 0; i < expected.ParagraphStarts.Length; i++)
        {
            Expect(i < paragraphs.Count && paragraphs[i].StartsWith(expected.ParagraphStarts[i], StringComparison.Ordinal), $"paragraph {i}: expected '{expected.ParagraphStarts[i]}'");
        }

        var quotes = article.Quotes.Select(q => (q.Text, q.Speaker)).ToList();
        Expect(quotes.Count == expected.Quotes.Length, $"quote count {quotes.Count}: [{string.Join(" | ", quotes)}]");
        for (var i = 0; i < expected.Quotes.Length; i++)
        {
            Expect(i < quotes.Count && quotes[i].Text == expected.Quotes[i].Text, $"quote {i} text: expected '{expected.Quotes[i].Text}', got '{(i < quotes.Count ? quotes[i].Text : "none")}'");
            var speaker = expected.Quotes[i].Speaker;
            var noneAllowed = speaker is not null && speaker.EndsWith(OrNone, StringComparison.Ordinal);
            speaker = noneAllowed ? speaker![..^OrNone.Length] : speaker;
            Expect(i < quotes.Count && (quotes[i].Speaker == speaker || (noneAllowed && quotes[i].Speaker is null)), $"quote {i} speaker: expected '{expected.Quotes[i].Speaker}', got '{(i < quotes.Count ? quotes[i].Speaker : "none")}'");
        }

        Assert.True(failures.Count == 0, $"{total - failures.Count} of {total} expectations met; failed:\n{string.Join("\n", failures)}");
        return article;
    }

    private sealed record Expected(
        string Title,
        string? Source,
        string[] Boilerplate,
        (string? Heading, int Count)[] Sections,
        string[] ParagraphStarts,
        (string Text, string? Speaker)[] Quotes);
}
