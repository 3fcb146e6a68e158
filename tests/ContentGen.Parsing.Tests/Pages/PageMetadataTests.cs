using ContentGen.Parsing;
using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The article's author and date come from the byline and dateline around its body, never from
/// its paragraphs; front matter, when present, wins over what the page says.
/// </summary>
public sealed class PageMetadataTests
{
    [Theory]
    [InlineData("en", "By Helen Marsh", "Published 14 March 2024, 09:15", "Helen Marsh", "2024-03-14T09:15")]
    [InlineData("fr", "Par Claire Dubois", "Publié le 12/03/2024 à 18h05", "Claire Dubois", "2024-03-12T18:05")]
    [InlineData("de", "Von Jonas Weber", "12. März 2024, 14:30 Uhr", "Jonas Weber", "2024-03-12T14:30")]
    [InlineData("es", "Por Lucía Fernández", "12 de marzo de 2024 - 10:45", "Lucía Fernández", "2024-03-12T10:45")]
    [InlineData("it", "Di Marco Rinaldi", "12 marzo 2024", "Marco Rinaldi", "2024-03-12")]
    [InlineData("pt", "Por Ana Costa", "Publicado em 12 de março de 2024, às 08:20", "Ana Costa", "2024-03-12T08:20")]
    [InlineData("nl", "Door Sanne de Vries", "12 maart 2024, 16:40", "Sanne de Vries", "2024-03-12T16:40")]
    [InlineData("nl", "Geschreven door Sanne de Vries", "12 maart 2024, 16:40", "Sanne de Vries", "2024-03-12T16:40")]
    public void BylineAndDateline_UnderTheHeadline_AreRead(string language, string byline, string dateline, string author, string published)
    {
        var paragraphs = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs[0], byline + "\n" + dateline, paragraphs[1], paragraphs[2], paragraphs[3]));

        Assert.Equal((author, published, language), (article.Author, article.Published, article.Language));
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void NameBesideTheDateline_IsTheAuthor()
    {
        var paragraphs = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs[0], "Julien Martin\nPublié le 5 juin 2024 à 7h45", paragraphs[1], paragraphs[2]));

        Assert.Equal(("Julien Martin", "2024-06-05T07:45"), (article.Author, article.Published));
    }

    [Fact]
    public void DatesAndNamesInTheBody_AreNotRead()
    {
        var text = """
            Council approves the new harbour plan

            By the end of 12 March 2024 the council had approved the plan, which Helen Marsh, the harbour master, first put forward in 2019.

            Work on the new quay will start in May and last about two years, the council said in a statement on Tuesday.
            """;
        var article = ArticleParser.Parse(text);

        Assert.Null(article.Author);
        Assert.Null(article.Published);
    }

    [Fact]
    public void RelativeDate_GivesNoDate()
    {
        var paragraphs = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs[0], "Updated 3 hours ago", paragraphs[1], paragraphs[2]));

        Assert.Null(article.Published);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == "Updated 3 hours ago");
    }

    [Fact]
    public void TeaserBylinesAboveTheHeadline_AreNotTheAuthor()
    {
        var paragraphs = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3]));

        Assert.Null(article.Author);
    }

    [Fact]
    public void FrontMatter_WinsOverThePage_AndThePageFillsWhatItLeaves()
    {
        var paragraphs = Articles.Of("de");
        var page = string.Join("\n\n", paragraphs[0], "Von Jonas Weber\n12. März 2024, 14:30 Uhr", paragraphs[1], paragraphs[2]);

        var withAuthor = ArticleReader.Read("a.txt", "---\nauthor: Lena Brandt\n---\n" + page);
        var withNothing = ArticleReader.Read("b.txt", "---\ntags: [radwege]\n---\n" + page);

        Assert.Equal(("Lena Brandt", "2024-03-12T14:30", "de"), (withAuthor.Author, withAuthor.Published, withAuthor.Language));
        Assert.Equal(("Jonas Weber", "2024-03-12T14:30", "de"), (withNothing.Author, withNothing.Published, withNothing.Language));
    }
}

/// <summary>
/// A byline that runs on into its stamps ("Names • Publié le …, mis à jour le …") is a dateline,
/// not body text, and gives the publication date and time, in each language.
/// </summary>
public sealed class StampedBylineTests
{
    [Theory]
    [InlineData("fr", "HBRS avec Claire Morel • Publié le 14 mars 2023 à 09h40, mis à jour le 15 mars 2023 à 11h05", "2023-03-14T09:40")]
    [InlineData("en", "Newsroom staff with Jane Doe | Published 12 March 2024 at 18:05, updated 13 March 2024 at 09:10", "2024-03-12T18:05")]
    [InlineData("de", "Redaktion mit Jonas Weber | Veröffentlicht am 12. März 2024, 14:30 Uhr, aktualisiert am 13. März 2024", "2024-03-12T14:30")]
    public void LongStampedByline_IsADateline_AndGivesTheDate(string language, string byline, string published)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], byline, p[1], p[2], p[3]));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(published, article.Published);
    }

    // A paragraph that opens with a stamp's word ("Published in 1990, …") is prose, not a dateline.
    [Theory]
    [InlineData("en", "Published in 1990, the first timetable already promised a night bus to the valley, but the service was cut after two winters for lack of money.")]
    [InlineData("fr", "Publié en 1990, le premier plan de transport promettait déjà un bus de nuit vers la vallée, mais le service fut supprimé après deux hivers.")]
    [InlineData("de", "Veröffentlicht 1990, versprach der erste Fahrplan schon einen Nachtbus ins Tal, doch der Dienst wurde nach zwei Wintern eingestellt.")]
    [InlineData("es", "Publicado en 1990, el primer horario ya prometía un autobús nocturno al valle, pero el servicio se suprimió tras dos inviernos.")]
    [InlineData("it", "Pubblicato nel 1990, il primo orario prometteva già un autobus notturno verso la valle, ma il servizio fu soppresso dopo due inverni.")]
    [InlineData("pt", "Publicado em 1990, o primeiro horário já prometia um autocarro noturno para o vale, mas o serviço acabou depois de dois invernos.")]
    [InlineData("nl", "Gepubliceerd in 1990 beloofde de eerste dienstregeling al een nachtbus naar het dal, maar de dienst verdween na twee winters.")]
    public void AParagraphOpeningWithAStampWord_StaysInTheBody(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]));

        Assert.Equal(new[] { p[1], paragraph, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Null(article.Published);
    }

    // A speech's page dates it by when it was given, below the speakers and the tags.
    [Theory]
    [InlineData("en", "Delivered on 6 December 2022")]
    [InlineData("fr", "Prononcé le 6 décembre 2022")]
    [InlineData("de", "Gehalten am 6. Dezember 2022")]
    [InlineData("es", "Pronunciado el 6 de diciembre de 2022")]
    [InlineData("it", "Pronunciato il 6 dicembre 2022")]
    [InlineData("pt", "Proferido em 6 de dezembro de 2022")]
    [InlineData("nl", "Uitgesproken op 6 december 2022")]
    public void ASpeechsDateline_GivesTheDate_BelowTheOpeningParagraphs(string language, string dateline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], dateline, p[3]));

        Assert.Equal("2022-12-06", article.Published);
        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    // Above the headline too, a stamp with its time wins over a bare date printed nearer the headline.
    [Theory]
    [InlineData("en", "Published 6 December 2022 21:52", "6 December 2022", "2022-12-06T21:52")]
    [InlineData("fr", "Publié le 06/12/2022 21:52", "06/12/2022", "2022-12-06T21:52")]
    [InlineData("de", "Veröffentlicht am 6. Dezember 2022, 21:52 Uhr", "6. Dezember 2022", "2022-12-06T21:52")]
    [InlineData("es", "Publicado el 6 de diciembre de 2022 21:52", "6 de diciembre de 2022", "2022-12-06T21:52")]
    [InlineData("it", "Pubblicato il 6 dicembre 2022 21:52", "6 dicembre 2022", "2022-12-06T21:52")]
    [InlineData("pt", "Publicado em 6 de dezembro de 2022 21:52", "6 de dezembro de 2022", "2022-12-06T21:52")]
    [InlineData("nl", "Gepubliceerd 6 december 2022 21:52", "6 december 2022", "2022-12-06T21:52")]
    public void AStampAboveTheHeadline_WinsOverABareDateNearer(string language, string stamp, string bare, string published)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", stamp, bare, p[0], p[1], p[2], p[3]));

        Assert.Equal(published, article.Published);
    }

    // A stamp that a dump glued to the caption under it (wrapped with it, no blank line between) is still a dateline, and gives the date.
    [Theory]
    [InlineData("en", "Published: 03/03/2022 - 10:15 Updated: 03/03/2022 - 10:20 The old\nferry coming into the harbour of Valmont on 3 March 2022, after two\nweeks in dry dock for a new engine and fresh paint.", "2022-03-03T10:15")]
    [InlineData("fr", "Publié le : 03/03/2022 - 10:15Modifié le : 03/03/2022 - 10:20 Arrivée du\nvieux ferry dans le port de Valmont, le 3 mars 2022, après deux\nsemaines en cale sèche pour un moteur neuf.", "2022-03-03")]
    [InlineData("de", "Veröffentlicht: 03.03.2022 - 10:15 Aktualisiert: 03.03.2022 - 10:20 Die\nalte Fähre läuft am 3. März 2022 in den Hafen von Valmont\nein, nach zwei Wochen im Trockendock für einen neuen Motor.", "2022-03-03T10:15")]
    public void AStampGluedToACaption_IsADateline(string language, string stamp, string published)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], stamp, p[1], p[2], p[3]));

        Assert.Equal(published, article.Published);
        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }
}
