namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A headline glued over a standfirst that a dump wrapped at 60, 72 or 80 columns, the standfirst opening on a capitalised
/// content word ("Shoppers gathered …", "Commerçants et habitants …", "Dorpsbewoners brachten …") where the headline's
/// line is too full for the width to tell whether it broke the line there. In English, the Romance languages and Dutch a
/// capital after a word in lower case opens a name or a sentence; a name goes on in capitals ("Harrow Park") or goes on
/// from a function word, and a standfirst stands over the byline. The headline is the title and the standfirst the first
/// paragraph. German capitalises its nouns wherever they stand, and a wrapped paragraph with no stamp under it is no
/// standfirst: both keep their lines together.
/// </summary>
public sealed class HeadlineOverCapitalisedStandfirstTests
{
    // Per language, a headline for each width (60, 72, 80) that fills its line so that the standfirst's first word would
    // not have fitted after it, and the standfirst.
    public static TheoryData<string, int, string, string> Pages()
    {
        var rows = new TheoryData<string, int, string, string>();
        void Add(string language, string[] headlines, string standfirst)
        {
            rows.Add(language, 60, headlines[0], standfirst);
            rows.Add(language, 72, headlines[1], standfirst);
            rows.Add(language, 80, headlines[2], standfirst);
        }

        Add("en", ["Villagers at Kelloway win long fight to keep the bakery", "Villagers at Kelloway win their long fight to keep the old bakery", "Villagers at Kelloway win their long fight to keep the old village bakery"],
            "Shoppers gathered more than 900 signatures after the owners announced the sale, and a cooperative will now run the ovens from May.");
        Add("fr", ["Le marché couvert de Sablières rouvrira ses portes en juin", "Le marché couvert de Sablières rouvrira ses portes en juin après travaux", "Le marché couvert de Sablières rouvrira ses portes en juin après des travaux"],
            "Commerçants et habitants attendaient la fin du chantier depuis l'automne, retardé par la découverte d'une charpente fragile.");
        Add("es", ["Los vecinos de Olmedilla recuperan el lavadero de la plaza", "Los vecinos de Olmedilla recuperan el lavadero de la plaza del pueblo", "Los vecinos de Olmedilla recuperan el viejo lavadero de la plaza del pueblo"],
            "Voluntarios de la asociación cultural limpiaron las pilas y el tejado durante los fines de semana del invierno pasado.");
        Add("it", ["Il mulino di Valdorso tornerà a macinare grano entro agosto", "Il mulino di Valdorso tornerà a macinare grano entro la fine di agosto", "Il vecchio mulino di Valdorso tornerà a macinare grano entro la fine di agosto"],
            "Volontari e artigiani della zona hanno restaurato la ruota e le macine con i fondi raccolti dalla parrocchia in due anni.");
        Add("pt", ["Moradores de Vale Escuro voltam a ter autocarro diário", "Moradores de Vale Escuro voltam a ter autocarro diário a partir de março", "Moradores de Vale Escuro voltam a ter autocarro diário para a sede do concelho"],
            "Estudantes e idosos eram os mais afetados pela suspensão da carreira, que durou quase dois anos por falta de motoristas.");
        Add("nl", ["Bakkerij in Oudewier blijft open dankzij de dorpelingen", "Bakkerij in Oudewier blijft open dankzij steun van honderd dorpelingen", "Bakkerij in Oudewier blijft open dankzij de steun van honderd dorpelingen"],
            "Dorpsbewoners brachten samen ruim veertigduizend euro bij elkaar, genoeg voor een nieuwe oven en een jaar huur.");
        return rows;
    }

    // A site's header, a section's label, the headline glued over its standfirst, the byline and the date, and two paragraphs,
    // every paragraph wrapped at `width`.
    private static string Page(string language, int width, string headline, string standfirst)
    {
        var p = Articles.Of(language);
        var body = string.Join("\n\n", new[] { p[1], p[2], Articles.Closing(language) }.Select(paragraph => HardWrap.Lines(paragraph, width)));
        return CourierHeader.Lines(language) + "\n\n" + CourierHeader.Section(language) + "\n\n" + headline + "\n" + HardWrap.Lines(standfirst, width)
            + "\n\n" + Articles.Byline(language) + "\n" + Articles.Dateline(language) + "\n\n" + body + "\n\n© 2026 " + CourierHeader.Site;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void TheHeadline_OverAWrappedStandfirst_OpeningOnACapitalisedWord_IsTheTitle(string language, int width, string headline, string standfirst)
    {
        // The width cannot tell: the headline fills its line, and the standfirst's first word would not have fitted after it.
        Assert.InRange(headline.Length, 1, width);
        Assert.True(headline.Length + 1 + standfirst.IndexOf(' ') > width);

        var article = ArticleParser.Parse(Page(language, width, headline, standfirst));

        Assert.Equal(headline, article.Title);
        Assert.Equal(standfirst, article.Paragraphs[0].Text);
    }

    // The same standfirst glued under its byline, with no blank line between.
    [Theory]
    [MemberData(nameof(Pages))]
    public void TheHeadline_OverAStandfirst_WithTheBylineGluedUnder_IsTheTitle(string language, int width, string headline, string standfirst)
    {
        var p = Articles.Of(language);
        var body = string.Join("\n\n", new[] { p[1], p[2], Articles.Closing(language) }.Select(paragraph => HardWrap.Lines(paragraph, width)));
        var page = CourierHeader.Lines(language) + "\n\n" + CourierHeader.Section(language) + "\n\n" + headline + "\n" + HardWrap.Lines(standfirst, width)
            + "\n" + Articles.Byline(language) + "\n" + Articles.Dateline(language) + "\n\n" + body + "\n\n© 2026 " + CourierHeader.Site;

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }

    // Lines the rule must leave together: a paragraph whose first line ends on a verb before a name in capitals, a paragraph
    // with no stamp under it, and German, where a noun in capitals goes on with its clause.
    [Theory]
    [InlineData("The new reading room in the old corn exchange will be opened", "Harrow Park residents will be the first to borrow books there.", "By Alice Pennock")]
    [InlineData("Residents of the Brookfield estate say the new timetable will strand", "Commuters from the two villages at the end of the line every evening.", "")]
    [InlineData("The mill closed in 1998. Today only one bakery is left, run by the brothers", "Hallam, who still bake four hundred loaves a day.", "By Alice Pennock")]
    [InlineData("Visitors to the harbour museum this spring will be met by the curator", "Dawson, who has run it since the fishing fleet left the town.", "By Alice Pennock")]
    [InlineData("Em 1998 fechou o moinho. Hoje resta uma padaria, a dos irmãos", "Teixeira, que ainda cozem quatrocentos pães por dia.", "Por Inês Calado")]
    [InlineData("Les habitants du quartier de la gare attendent depuis longtemps", "Olivier Marchand et ses voisins ont écrit au maire pour s'en plaindre.", "Par Odile Vasseur")]
    [InlineData("Das Hallenbad in Birkenau bleibt wegen der neuen Rohre geschlossen", "Schwimmvereine und Schulen weichen nach Tannstadt aus, sagte der Bürgermeister.", "Von Henrike Albers")]
    [InlineData("Die Gemeinde will das alte Feuerwehrhaus am Marktplatz bis zum", "Sommer umbauen, sagte der Bürgermeister am Montag im Rathaus.", "Von Henrike Albers")]
    public void LinesThatGoOnOrHaveNoStampUnder_StayOneBlock(string line, string next, string stamp)
    {
        var text = line + "\n" + next + (stamp.Length > 0 ? "\n" + stamp : string.Empty);
        var blocks = SplitBlocks.Of(text);
        Assert.Equal(line + " " + next, blocks[0]);
    }

    // A page printed a paragraph a line: its headline and standfirst are a line each, as they were.
    [Theory]
    [MemberData(nameof(Pages))]
    public void APagePrintedAParagraphALine_KeepsItsHeadline(string language, int width, string headline, string standfirst)
    {
        _ = width;
        var p = Articles.Of(language);
        var page = CourierHeader.Lines(language) + "\n\n" + CourierHeader.Section(language) + "\n\n" + headline + "\n" + standfirst
            + "\n\n" + Articles.Byline(language) + "\n" + Articles.Dateline(language) + "\n\n" + p[1] + "\n\n" + p[2] + "\n\n" + Articles.Closing(language) + "\n\n© 2026 " + CourierHeader.Site;

        Assert.Equal(headline, ArticleParser.Parse(page).Title);
    }
}
