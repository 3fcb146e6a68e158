using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Opinion pages say who the writer is right over the dateline, with no byline's word: a note that opens with the name
/// and a copula, or the name alone over a line on the writer. Both name the author and are set aside with the byline;
/// the same shapes elsewhere (a lede under the dateline, a town under a name) stay as they were.
/// </summary>
public sealed class WriterNoteTests
{
    public static TheoryData<string, string> OpeningNotes() => new()
    {
        { "en", "Ruth Ellery is chair of the Marsh Lane allotment society." },
        { "fr", "Jeanne Roux est présidente de l'association des riverains du port." },
        { "de", "Jan Berg ist Vorsitzender des Heimatvereins in Lindenau." },
        { "es", "Marta Ibáñez es presidenta de la asociación de vecinos del barrio." },
        { "it", "Marco Rinaldi è presidente della pro loco di Valmora." },
        { "pt", "Ana Costa é presidente da associação de moradores da Ribeira." },
        { "nl", "Sanne de Vries is voorzitter van dorpshuis De Linde in Barneveld." },
    };

    public static TheoryData<string, string, string> NamesOverNotes() => new()
    {
        { "fr", "Thérèse Aubry", "Agricultrice à Livarot, elle tient une chronique tous les quinze jours." },
        { "pt", "Manuel Serrano", "Engenheiro florestal" },
    };

    private static string Writer(string note) => note.Substring(0, note.IndexOf(note.Contains(" is ") ? " is " : note.Contains(" est ") ? " est " : note.Contains(" ist ") ? " ist " : note.Contains(" es ") ? " es " : note.Contains(" è ") ? " è " : " é ", StringComparison.Ordinal));

    private static string Page(string language, string writerLines)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", "Home\nNews\nOpinion", p[0], p[1], writerLines, "4 February 2025, 19:00", p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");
    }

    [Theory]
    [MemberData(nameof(OpeningNotes))]
    public void ANoteOpeningWithTheNameAndACopula_OverTheDateline_NamesTheWriter(string language, string note)
    {
        var article = ArticleParser.Parse(Page(language, note));

        Assert.Equal(Writer(note), article.Author);
        Assert.Equal("2025-02-04T19:00", article.Published);
        Assert.DoesNotContain(note, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    // An opinion page prints the writer's lines right under the headline, over the dateline.
    [Theory]
    [MemberData(nameof(NamesOverNotes))]
    public void ANameAloneOverALineOnTheWriter_OverTheDateline_NamesTheWriter(string language, string name, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nOpinion", p[0], name + "\n" + note, "4 February 2025, 19:00", p[1], p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);

        Assert.Equal(name, article.Author);
        Assert.DoesNotContain(note, article.Paragraphs.Select(x => x.Text));
    }

    // Under the dateline, the same sentence is the article's lede about someone: it stays, and names no writer.
    [Theory]
    [MemberData(nameof(OpeningNotes))]
    public void TheSameSentence_UnderTheDateline_StaysTheArticles(string language, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nOpinion", p[0], "4 February 2025, 19:00", note, p[1], p[2], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Contains(note, article.Paragraphs.Select(x => x.Text));
        Assert.NotEqual(Writer(note), article.Author);
    }

    // A deck on the person the article is about, right over the dateline, stays the article's: the article names that
    // person again, where it never names its writer.
    [Theory]
    [InlineData("en", "Jane Roe is the first woman to run the harbour in 150 years.", "Roe, 44, takes over from a harbour master who served for three decades.")]
    [InlineData("nl", "Sanne de Vries is de nieuwe havenmeester van Zwolle.", "De Vries was eerder twaalf jaar loods op de IJssel.")]
    public void ADeckOnThePersonTheArticleIsAbout_StaysTheArticles(string language, string deck, string paragraph)
    {
        var p = Articles.Of(language);
        foreach (var page in new[]
        {
            string.Join("\n\n", "Home\nNews\nLocal", p[0], deck, "4 February 2025, 19:00", paragraph, p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy"),
            string.Join("\n\n", "Home\nNews\nLocal", p[0], p[1], deck, "4 February 2025, 19:00", paragraph, p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy"),
        })
        {
            var article = ArticleParser.Parse(page);

            Assert.Contains(deck, article.Paragraphs.Select(x => x.Text));
            Assert.Null(article.Author);
        }
    }

    // Review s21, finding 1: a place, a club or a person as the kicker over a headline over the dateline is no writer.
    [Theory]
    [InlineData("en", "Port Talbot", "Harbour wall to be rebuilt after winter storms")]
    [InlineData("en", "Jane Roe", "Why I am leaving the harbour board after twenty years")]
    [InlineData("es", "Santa Marta", "El muro del puerto se reconstruirá tras los temporales")]
    [InlineData("fr", "Saint Malo", "La digue du port sera reconstruite après les tempêtes")]
    [InlineData("de", "Bad Lindenau", "Die Hafenmauer wird nach den Winterstürmen neu gebaut")]
    [InlineData("it", "Porto Venere", "Il muro del porto sarà ricostruito dopo le mareggiate")]
    [InlineData("pt", "Vila Real", "O paredão do porto vai ser reconstruído depois das tempestades")]
    public void AKickerOverAHeadline_OverTheDateline_IsNoWriter(string language, string kicker, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home / News / Local / Sport\n" + kicker + "\n" + headline, "12 March 2024, 10:00", p[1], p[2], p[3], Articles.Closing(language));
        var article = ArticleParser.Parse(page);

        Assert.NotEqual(kicker, article.Author);
        Assert.Contains(headline, article.Title ?? string.Empty);
    }

    // Review s21, finding 2: a deck on a place, a storm, a thing or a person later called by role names no writer.
    [Theory]
    [InlineData("en", "Storm Dennis is expected to bring gusts of up to 80mph to the coast tonight.")]
    [InlineData("de", "Bad Lindenau ist die erste Gemeinde im Kreis mit einer neuen Hafenmauer.")]
    [InlineData("fr", "Jean Moulin est le nom choisi pour la nouvelle digue.")]
    [InlineData("es", "Luis Ortega es el nuevo capitán del puerto desde este lunes.")]
    public void ADeckWithACopula_ThatNamesNoRole_StaysTheArticles(string language, string deck)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", p[0], deck, "12 March 2024, 10:00", p[1], p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Contains(deck, article.Paragraphs.Select(x => x.Text));
        Assert.Null(article.Author);
    }

    [Theory]
    [InlineData("Ruth Ellery is chair of the society. She writes every month.")]
    [InlineData("The Marsh Lane society is the oldest in town.")]
    [InlineData("Ruth Ellery, who is chair of the society, writes every month.")]
    [InlineData("Ruth Ellery said the plots would open in May.")]
    public void OtherSentences_OpenNoNote(string text) => Assert.Null(WriterNotes.NameOpeningNote(text.AsSpan()));

    // A town, a region or a desk under a name is no note on the writer.
    [Theory]
    [InlineData("Jane Roe", "Villaverde, Navarra")]
    [InlineData("Jane Roe", "HARBOURTON")]
    [InlineData("Jane Roe", "Staff")]
    [InlineData("Jane Roe", "12 March 2024")]
    [InlineData("Harbour plan approved tonight", "Engenheiro florestal")]
    [InlineData("Tom Poe", "Follow the money")]
    [InlineData("Tom Poe", "Volg ons op Facebook")]
    [InlineData("Pays Basque", "Bayonne")]
    public void ATownOrADateUnderAName_IsNoNote(string name, string under) => Assert.Null(WriterNotes.NameOverNote(name.AsSpan(), under.AsSpan()));
}
