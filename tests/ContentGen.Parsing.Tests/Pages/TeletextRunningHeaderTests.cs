using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A teletext page, a terminal's print or a PDF's pages repeat their header atop each page with other figures: the page's
/// number, the date, a clock that ticks ("104  Valley Teletext   Mon 07 Dec 14:32:08", then "105  Valley Teletext   Mon 07
/// Dec 14:32:09"). The header is the print's furniture, never a paragraph, a title or a signature, and the short lines
/// hard-wrapped under it are the article's body.
/// </summary>
public sealed class TeletextRunningHeaderTests
{
    private const int TeletextWidth = 38;

    // The service's name, a weekday and a month as each language's teletext prints them.
    private static (string Service, string Day, string Month) Header(string language) => language switch
    {
        "en" => ("Valley Teletext", "Mon", "Dec"),
        "fr" => ("Vallée Télétexte", "lun", "déc"),
        "de" => ("Taltext Videotext", "Mo", "Dez"),
        "es" => ("Valle Teletexto", "lun", "dic"),
        "it" => ("Valle Televideo", "lun", "dic"),
        "pt" => ("Vale Teletexto", "seg", "dez"),
        "nl" => ("Dalstad Teletekst", "ma", "dec"),
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    private static string HeaderLine(string language, int page, string clock)
    {
        var (service, day, month) = Header(language);
        return " " + page + "  " + service + "   " + day + " 07 " + month + " " + clock;
    }

    private static string Wrapped(string text) =>
        string.Join("\n", HardWrap.Lines(text, TeletextWidth).Split('\n').Select(x => "  " + x));

    // Three teletext pages: the article on the first, a short item of another story's on each of the next two, each page
    // under its header with the next page's number and a later clock.
    private static string Teletext(string language)
    {
        var p = Articles.Of(language);
        var first = string.Join("\n\n", HeaderLine(language, 104, "14:32:08"), Wrapped(p[0]), Wrapped(p[1]), Wrapped(p[2]));
        var second = string.Join("\n\n", HeaderLine(language, 105, "14:32:08"), Wrapped(p[3]));
        var third = string.Join("\n\n", HeaderLine(language, 106, "14:32:09"), Wrapped(Articles.Closing(language)));
        return first + "\n\n" + second + "\n\n" + third + "\n";
    }

    private static string[] WrappedLines(string text) => HardWrap.Lines(text, TeletextWidth).Split('\n');

    // The title is read from the first page's headline (the whole of it, or its wrapped line that recurs lower down), never
    // from the next pages' items; the first paragraph's wrapped lines are each kept as the article's text.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheWrappedLinesUnderATeletextHeader_AreTheTitleAndTheBody(string language)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Teletext(language));
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();

        Assert.NotNull(article.Title);
        Assert.Contains(article.Title, string.Join(" ", WrappedLines(p[0])), StringComparison.Ordinal);
        Assert.All(WrappedLines(p[1]), line => Assert.Contains(paragraphs, x => x.Contains(line, StringComparison.Ordinal)));
    }

    // The header's first column past the page's number names the service: the page's source.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void ATeletextHeadersFirstColumnPastThePageNumber_IsTheSource(string language)
    {
        Assert.Equal(Header(language).Service, ArticleParser.Parse(Teletext(language)).Source);
    }

    // Guard: a first line that opens on a number and is never repeated below names no source.
    [Theory]
    [InlineData("en", "104  Valley Teletext   Mon 07 Dec 14:32:08")]
    [InlineData("nl", "104  Dalstad Teletekst   ma 07 dec 14:32:08")]
    public void AHeaderPrintedOnce_NamesNoSource(string language, string header)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", header, p[0], p[1], p[2], p[3]);

        Assert.NotEqual(header.Substring(5, header.IndexOf("   ", StringComparison.Ordinal) - 5), ArticleParser.Parse(page).Source);
    }

    // A PDF's page header with the page's number, in each language's word for a page.
    [Theory]
    [InlineData("Marlow Fen Gazette      Page 1 of 3", "Marlow Fen Gazette      Page 2 of 3")]
    [InlineData("Le Petit Écho du Morvan      Page 1", "Le Petit Écho du Morvan      Page 2")]
    [InlineData("Hochwälder Anzeiger      Seite 1 · 07.12.2026", "Hochwälder Anzeiger      Seite 2 · 07.12.2026")]
    [InlineData("Boletín de Valdemora      Página 1", "Boletín de Valdemora      Página 12")]
    [InlineData("Notiziario di Valmora      Pagina 9", "Notiziario di Valmora      Pagina 10")]
    [InlineData("Boletim de Tabuaço      Página 1", "Boletim de Tabuaço      Página 2")]
    [InlineData("FAX  07-12-2026 14:32   Gemeente Waterweide   P.01", "FAX  07-12-2026 14:35   Gemeente Waterweide   P.02")]
    public void ALineRepeatingTheFirstButForItsFigures_IsItsRunningHeader(string first, string line)
    {
        Assert.True(Metadata.RunningHeaders.RepeatsButForFigures(first.AsSpan(), line.AsSpan()));
    }

    // Negatives: a sentence that repeats with another year keeps no column gap; a dated entry differs in its words; a line
    // whose words differ from the header's, a row of figures alone, a header whose words change.
    [Theory]
    [InlineData("In 2023 the council built 40 homes.", "In 2024 the council built 52 homes.")]
    [InlineData("En 2023   le conseil a construit 40 logements", "En 2024   le conseil a construit 52 logements.")]
    [InlineData("12.03.2026   Gemeinderat tagt im Rathaus", "19.03.2026   Gemeinderat tagt in der Schule")]
    [InlineData("12   14   9", "13   15   9")]
    [InlineData("104  Valle Teletexto   lun 07 dic 14:32:08", "105  Valle Teletexto   mar 08 dic 14:32:08")]
    [InlineData("Notiziario di Valmora      Pagina 9", "Notiziario di Valmora      Pagina 9 e 10")]
    [InlineData("Boletim de Tabuaço      Página 1", "Boletim de Tabuaço")]
    public void ALineThatDiffersButInFiguresOrKeepsNoGap_IsNoRunningHeader(string first, string line)
    {
        Assert.False(Metadata.RunningHeaders.RepeatsButForFigures(first.AsSpan(), line.AsSpan()));
    }

    // Negative, on a page: a paragraph that repeats the one before but for its year stays the article's, in each language.
    [Theory]
    [InlineData("en", "In 2023 the club sold 400 tickets for the summer fair.", "In 2024 the club sold 600 tickets for the summer fair.")]
    [InlineData("fr", "En 2023, le club a vendu 400 billets pour la fête d'été.", "En 2024, le club a vendu 600 billets pour la fête d'été.")]
    [InlineData("de", "Im Jahr 2023 verkaufte der Verein 400 Karten für das Sommerfest.", "Im Jahr 2024 verkaufte der Verein 600 Karten für das Sommerfest.")]
    [InlineData("es", "En 2023 el club vendió 400 entradas para la fiesta de verano.", "En 2024 el club vendió 600 entradas para la fiesta de verano.")]
    [InlineData("it", "Nel 2023 il club ha venduto 400 biglietti per la festa d'estate.", "Nel 2024 il club ha venduto 600 biglietti per la festa d'estate.")]
    [InlineData("pt", "Em 2023 o clube vendeu 400 bilhetes para a festa de verão.", "Em 2024 o clube vendeu 600 bilhetes para a festa de verão.")]
    [InlineData("nl", "In 2023 verkocht de club 400 kaarten voor het zomerfeest.", "In 2024 verkocht de club 600 kaarten voor het zomerfeest.")]
    public void AParagraphRepeatingAnotherButForItsYear_StaysTheArticles(string language, string earlier, string later)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], earlier, p[1], later, p[2], p[3]);

        var paragraphs = ArticleParser.Parse(page).Paragraphs.Select(x => x.Text).ToList();

        Assert.Contains(earlier, paragraphs);
        Assert.Contains(later, paragraphs);
    }
}
