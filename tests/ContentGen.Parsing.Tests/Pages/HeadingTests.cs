using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A subheading sits between prose paragraphs, is short and has no final full stop; an agency's
/// dashed subheading counts, while a byline's opening word, a signature or a broadcaster's name does not.
/// </summary>
public sealed class HeadingTests
{
    private static readonly string[] s_fr = Articles.Of("fr");

    [Fact]
    public void DashedSubheading_BetweenParagraphs_IsAHeading()
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "- Une meilleure desserte des villages", s_fr[2], s_fr[3]));

        Assert.Equal(new[] { null, "- Une meilleure desserte des villages" }, article.Sections.Select(s => s.Heading));
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void DashedLines_InAList_AreItems()
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "- Une ligne vers Saint-Aubin", "- Une ligne vers Montreuil", s_fr[2]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void HeadingEndingOnQuotedWords_IsAHeading()
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "Une \"marge de manœuvre réduite\"", s_fr[2]));

        Assert.Equal("Une \"marge de manœuvre réduite\"", article.Sections[^1].Heading);
    }

    // A heading may end on quoted words with a number in them.
    [Theory]
    [InlineData("en", "Fares to be reviewed \"early in 2025\"")]
    [InlineData("fr", "La liste sera révisée « début 2025 »")]
    [InlineData("de", "Fahrplan wird „ab 2025“ überprüft")]
    [InlineData("es", "Las tarifas se revisarán \"en 2025\"")]
    [InlineData("it", "Gli orari saranno rivisti \"dal 2025\"")]
    [InlineData("pt", "Os horários serão revistos \"em 2025\"")]
    [InlineData("nl", "Dienstregeling herzien \"vanaf 2025\"")]
    public void HeadingEndingOnQuotedWordsWithANumber_IsAHeading(string language, string heading)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], heading, p[2], p[3]));

        Assert.Equal(heading, article.Sections[^1].Heading);
    }

    // A dump wrapped at a fixed width wraps a long heading too: over two lines, it still heads its section.
    [Theory]
    [InlineData("en", "Deportation candidates enrolled into the \"internationally circulated\nwanted-persons register\"")]
    [InlineData("fr", "Inscrire les bateaux abandonnés au « registre des épaves\nsignalées »")]
    [InlineData("de", "Ausreisepflichtige Ausländer kommen künftig in die bundesweite Datei\nder gesuchten Personen")]
    [InlineData("es", "Los inmigrantes amenazados de expulsión entrarán en el registro de\npersonas buscadas")]
    public void AHeadingWrappedOverTwoLines_InAWrappedDump_IsAHeading(string language, string heading)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], HardWrap.Lines(p[1] + " " + p[3], 72), heading, HardWrap.Lines(p[2] + " " + Articles.Closing(language), 72));

        var article = ArticleParser.Parse(page);

        Assert.Equal(heading.Replace('\n', ' '), article.Sections[^1].Heading);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    // A two-line block that ends as a sentence, or runs longer than a heading, is a paragraph.
    [Fact]
    public void ATwoLineSentence_InAWrappedDump_IsNoHeading()
    {
        var p = Articles.Of("fr");
        var page = string.Join("\n\n", p[0], HardWrap.Lines(p[1] + " " + p[3], 72), "Les bus de nuit partiront de la gare à minuit, a dit le maire\ndu village.", HardWrap.Lines(p[2] + " " + Articles.Closing("fr"), 72));

        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void QuotedSentence_IsNoHeading()
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "« Nous attendions ce bus depuis dix ans. »", s_fr[2]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void HeadingBeforeProseThatOpensAList_IsAHeading()
    {
        var lead = "Le conseil régional et les communes voisines mettront en œuvre plusieurs mesures dès le printemps :";
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], "Une stratégie commune", lead, "- des bus toutes les heures ;", "- des arrêts éclairés.", s_fr[2]));

        Assert.Equal("Une stratégie commune", article.Sections[^1].Heading);
    }

    [Theory]
    [InlineData("Par")]
    [InlineData("Article rédigé par")]
    [InlineData("Elena Conti")]
    [InlineData("Radio France")]
    [InlineData("AA / Paris / Hafsa Benali")]
    public void Signature_IsNoHeading(string line)
    {
        var article = ArticleParser.Parse(string.Join("\n\n", s_fr[0], s_fr[1], line, s_fr[2], s_fr[3]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }
}

/// <summary>
/// On a dumped web page, a heading sits between the article's paragraphs: a kicker or a box title after
/// the article's prose has ended ("Vu d'Europe" over a channel's blurb) heads nothing.
/// </summary>
public sealed class HeadingAfterTheArticleTests
{
    [Theory]
    [InlineData("en", "Related topics", "World view", "Every day the newsroom picks stories from public broadcasters across Europe, in English or in French.")]
    [InlineData("fr", "Les sujets associés", "Vu d'Europe", "Chaque jour, la rédaction sélectionne des contenus issus de médias publics européens, publiés en anglais ou en français.")]
    [InlineData("de", "Verwandte Themen", "Blick nach Europa", "Jeden Tag wählt die Redaktion Beiträge öffentlicher Sender aus ganz Europa aus, auf Englisch oder auf Französisch.")]
    [InlineData("it", "Argomenti correlati", "Visto dall'Europa", "Ogni giorno la redazione sceglie contenuti delle emittenti pubbliche europee, pubblicati in inglese o in francese.")]
    public void KickerAfterTheArticlesProse_IsNoHeading(string language, string related, string kicker, string blurb)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu", p[0], p[1], p[2], p[3], Articles.Closing(language), "Ferry fares rise again", related, kicker, blurb);
        var article = ArticleParser.Parse(page);

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Contains(Articles.Closing(language), article.Paragraphs.Select(x => x.Text));
    }
}

/// <summary>
/// A question heads a section when it is short or opens with a question word ("Pourquoi", "What",
/// "Warum"); an interviewer's longer question that opens otherwise is part of the interview.
/// </summary>
public sealed class QuestionHeadingTests
{
    [Theory]
    [InlineData("en", "What will the night buses cost the villages?")]
    [InlineData("fr", "Comment fonctionnera le nouveau service de bus de nuit ?")]
    [InlineData("de", "Warum fahren die Nachtbusse erst ab April in die Dörfer?")]
    [InlineData("es", "¿Cuándo llegarán los autobuses nocturnos a los pueblos?")]
    [InlineData("it", "Quando arriveranno gli autobus notturni nei paesi della valle?")]
    [InlineData("pt", "Quem vai pagar os autocarros noturnos nas aldeias?")]
    [InlineData("nl", "Waarom rijden de nachtbussen pas vanaf april naar de dorpen?")]
    [InlineData("fr", "Qui est concerné ?")]
    public void ExplainersQuestion_IsAHeading(string language, string question)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], question, p[2], p[3]));

        Assert.Equal(question, article.Sections[^1].Heading);
    }

    [Theory]
    [InlineData("en", "So the villages will really get buses every night?")]
    [InlineData("fr", "Fermer les frontières ne sert donc à rien ?")]
    [InlineData("fr", "Mais comment les habitants rentrent-ils le soir ?")]
    [InlineData("de", "Die Dörfer bekommen also wirklich jede Nacht einen Bus?")]
    [InlineData("es", "¿Los pueblos tendrán de verdad autobús cada noche?")]
    [InlineData("it", "Quindi i paesi avranno davvero un autobus ogni notte?")]
    [InlineData("pt", "Então as aldeias vão mesmo ter autocarro todas as noites?")]
    [InlineData("nl", "Dus de dorpen krijgen echt elke nacht een bus?")]
    public void InterviewersQuestion_StaysInTheText(string language, string question)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], question, p[2], p[3]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Contains(question, article.Paragraphs.Select(x => x.Text));
    }
}

/// <summary>A heading is a whole phrase: a line cut off on a function word is part of a sentence.</summary>
public sealed class CutOffHeadingTests
{
    // A sentence a dump cut off on a function word, between paragraphs, is no heading: a heading is a whole phrase.
    [Theory]
    [InlineData("en", "According to the council, the first bus hit a wall and")]
    [InlineData("fr", "Selon le conseil, le premier bus a heurté un mur et")]
    [InlineData("de", "Nach Angaben des Rates ist der erste Bus gegen eine Mauer und")]
    [InlineData("es", "Según el consejo, el primer autobús chocó contra un muro y")]
    [InlineData("it", "Secondo il consiglio, il primo autobus ha urtato un muro e")]
    [InlineData("pt", "Segundo o conselho, o primeiro autocarro bateu num muro e")]
    [InlineData("nl", "Volgens de raad is de eerste bus tegen een muur gereden en")]
    public void ASentenceCutOffOnAFunctionWord_IsNoHeading(string language, string cut)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], cut, p[2], p[3]));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Contains(cut, article.Paragraphs.Select(x => x.Text));
    }

    // A heading of six words or more that ends on a content word still heads its section.
    [Theory]
    [InlineData("en", "What the new timetable means for the villages")]
    [InlineData("fr", "Ce que le nouvel horaire change pour les villages")]
    public void ALongHeadingEndingOnAContentWord_StillHeads(string language, string heading)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], heading, p[2], p[3]));

        Assert.Equal(heading, article.Sections[^1].Heading);
    }
}

/// <summary>On a dumped page a heading parts the article's paragraphs: nothing above the first one heads anything.</summary>
public sealed class KickerTests
{
    // On a dumped page, a short line between the headline's dateline and the article's first paragraph
    // (a kicker, a reading time the lexicons do not know) heads nothing: a heading parts paragraphs.
    [Theory]
    [InlineData("en", "By Helen Marsh", "12 March 2024", "Analysis")]
    [InlineData("fr", "Par Claire Dubois", "Publié le 12/03/2024 à 18h05", "4 mn")]
    [InlineData("de", "Von Jonas Weber", "12. März 2024", "Hintergrund")]
    [InlineData("es", "Por Lucía Fernández", "12 de marzo de 2024", "Análisis")]
    [InlineData("it", "Di Marco Rinaldi", "12 marzo 2024", "Approfondimento")]
    [InlineData("pt", "Por Ana Costa", "12 de março de 2024", "Reportagem")]
    [InlineData("nl", "Door Sanne de Vries", "12 maart 2024", "Achtergrond")]
    public void ALineAboveTheFirstParagraphOfADumpedPage_HeadsNothing(string language, string byline, string date, string kicker)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Politics", "Sport", "Culture", "Economy", "Weather", "Video", p[0], byline, date, kicker, p[1], Articles.Closing(language), p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.Equal(new[] { p[1], Articles.Closing(language), p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // On a plain article (its headline on top, no chrome above it) the line under the headline may still head a section.
    [Fact]
    public void ALineUnderThePlainArticlesHeadline_StillHeads()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], "What was decided", p[1], p[2], p[3]));

        Assert.Equal("What was decided", article.Sections[0].Heading);
    }
}
