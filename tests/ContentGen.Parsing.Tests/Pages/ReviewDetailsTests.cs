using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Under a review's last sentence a page prints the film's or the book's details, one a line, a label, its colon and a
/// short value ("Certificate: 12A" / "Running time: 1hr 52min" / "Director: Ruth Calloway"). They are the review's text,
/// kept as its lines are; a team's line-ups, a contact box with its address, or such lines under a footer's label stay the
/// page's.
/// </summary>
public sealed class ReviewDetailsTests
{
    public static TheoryData<string, string> Details() => new()
    {
        { "en", "Certificate: 12A\nRunning time: 1hr 52min\nDirector: Ruth Calloway\nStarring: Peter Holm, Ava Lin" },
        { "fr", "Réalisation : Claire Morel\nDurée : 1 h 48\nAvec : Paul Roux, Anne Vidal\nSortie : 12 mars" },
        { "de", "Regie: Jonas Weber\nLänge: 104 Minuten\nMit: Anna Berg, Lena Kraus\nFSK: ab 12" },
        { "es", "Dirección: Irene Sanz\nDuración: 95 minutos\nReparto: Marta Gil, Clara Ruiz" },
        { "it", "Regia: Paolo Venturi\nDurata: 124 minuti\nCon: Anna Rinaldi, Luca Moretti" },
        { "pt", "Editora: Edições Ribeira\nPáginas: 312\nPreço: 18,90 euros\nISBN: 978-972-0-04512-3" },
        { "nl", "Regie: Femke Visser\nDuur: 95 minuten\nMet: Kees van Dijk, Anouk Bos" },
    };

    [Theory]
    [MemberData(nameof(Details))]
    public void DetailsUnderTheLastSentence_StayTheArticles(string language, string details)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "15/03/2025 06:00", p[1], p[2], p[3], Articles.Closing(language), details,
            "Share\nFacebook", "More reviews\nOne headline here today\nAnother headline here today\nA third headline here today", "© 2025");

        var article = ArticleParser.Parse(page);
        var kept = string.Join("\n", article.Paragraphs.Select(x => x.Text));

        foreach (var line in details.Split('\n'))
        {
            Assert.Contains(line, kept, StringComparison.Ordinal);
        }
    }

    // A match's line-ups, a contact box with its e-mail, and labelled lines glued under a footer's label: the page's.
    [Theory]
    [InlineData("en", "Wexcombe: Lyle; Brand, Osei, Carver; Penn, Dawes\nBarrowfield: Hinds; Royce, Quill, Abara; Pratt, Lowe\nReferee: Martin Fenn")]
    [InlineData("en", "Press office: Valley Water Board\nPhone: 01234 567 890\nEmail: press@valleywater.example")]
    [InlineData("de", "Kontakt\nTelefon: 0711 123 456\nE-Mail: info@rundschau.example\nAnschrift: Hafenstraße 12")]
    [InlineData("en", "Contact: Jane Roe\nPhone: 01234 567890\nAddress: 12 High Street")]
    [InlineData("en", "Published: 12 March 2025\nUpdated: 13 March 2025\nSection: Local news")]
    [InlineData("en", "Tags: Courts, Fraud, Westby\nTopics: Transport\nSection: Local news")]
    [InlineData("en", "Topics: Harbour, Roads\nSection: Local news\nFiled under: Council")]
    [InlineData("fr", "Thèmes : Port, Routes\nRubrique : Actualité locale\nMots clés : Conseil municipal")]
    [InlineData("fr", "Contact : Jeanne Roux\nTéléphone : 02 33 00 00 00\nAdresse : 4 quai Vauban")]
    public void OtherLabelledLines_StayThePages(string language, string box)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "15/03/2025 06:00", p[1], p[2], p[3], Articles.Closing(language), box, "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // A video's duration alone, or under one labelled line only, is still the player's chrome.
    [Theory]
    [InlineData("it", "Durata: 3 minuti")]
    [InlineData("es", "Fuente: Agencia Norte\nDuración: 2 minutos")]
    public void AVideosDuration_StaysChrome(string language, string lines)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "15/03/2025 06:00", p[1], p[2], lines, p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains(lines.Split('\n')[^1], StringComparison.Ordinal));
    }
}
