using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Bylines as news sites print them in seven languages: a job after the name ("By Jane Roe, Political
/// Correspondent", "Par Jeanne Roux, envoyée spéciale à Lyon") or before it ("Door onze verslaggever Jan de
/// Vries"), opening words other than "By" ("Posted by", "Ein Artikel von", "Rédigé par", "Texte :"), agencies
/// written in ordinary capitals ("Jane Roe | Reuters"), names listed without an opening word over the dateline,
/// and the author box under the article. Names only, never a job, a paper or a person the article quotes.
/// </summary>
public sealed class BylineFormsTests
{
    [Theory]
    [InlineData("By Jane Roe, Political Correspondent", "Jane Roe")]
    [InlineData("By Jane Roe, Senior Reporter", "Jane Roe")]
    [InlineData("By Jane Roe, Coastal Gazette", "Jane Roe")]
    [InlineData("Par Jeanne Roux, envoyée spéciale à Lyon", "Jeanne Roux")]
    [InlineData("By Jane Roe, John Smith", "Jane Roe; John Smith")]
    public void AJobOrAPaperAfterTheComma_IsNoSecondWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Door onze verslaggever Jan de Vries", "Jan de Vries")]
    [InlineData("Von unserem Korrespondenten Jan Berg", "Jan Berg")]
    [InlineData("Door Jan de Vries", "Jan de Vries")]
    public void AJobBeforeTheName_IsPassedOver(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Posted by Jane Roe on March 12, 2024", "Jane Roe")]
    [InlineData("Words by Jane Roe", "Jane Roe")]
    [InlineData("Ein Artikel von Anna Berg", "Anna Berg")]
    [InlineData("Rédigé par Jeanne Roux le 12 mars 2024", "Jeanne Roux")]
    [InlineData("Texte : Jeanne Roux – Photos : Paul Mercier", "Jeanne Roux")]
    [InlineData("Text: Anna Berg", "Anna Berg")]
    [InlineData("Autore: Marco Rossi", "Marco Rossi")]
    [InlineData("Autrice: Giulia Bianchi", "Giulia Bianchi")]
    [InlineData("Testo di Marco Rossi", "Marco Rossi")]
    [InlineData("Testo: Marco Rossi", "Marco Rossi")]
    [InlineData("Autora: María López", "María López")]
    public void OtherOpeningWords_OpenABylineToo(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Von Jürgen Albers am 12.03.2024", "Jürgen Albers")]
    [InlineData("Door Pieter de Vries op 12 maart 2024", "Pieter de Vries")]
    [InlineData("By Jane Roe on 12 March 2024", "Jane Roe")]
    [InlineData("By Jane Roe reports on 12 ferries", null)] // a lower-case word before no date runs the name into a phrase, as before
    public void AWordBeforeTheDate_EndsTheName(string line, string? expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Von Jürgen Albers, Hamburg | Stand: 12.03.2024", "Jürgen Albers")]
    [InlineData("Par Jeanne Roux et Paul Mercier, Lyon - 12 mars 2024", "Jeanne Roux; Paul Mercier")]
    [InlineData("Von Jürgen Albers, Anna Schmidt | Stand: 12.03.2024", "Jürgen Albers; Anna Schmidt")] // a whole name after the comma is a second writer
    public void OneWordAfterACommaBeforeABar_IsTheWritersPlace(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("By J. Roe", "J. Roe")]
    [InlineData("Par J. Dupont et M. Durand", "J. Dupont; M. Durand")]
    [InlineData("By Jane R. Roe", "Jane R. Roe")]
    public void AnInitial_IsPartOfTheName(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("A. Background")]
    [InlineData("B. Timetable")]
    public void ALetteredHeading_IsNoName(string line)
        => Assert.Null(AuthorReader.ReadBareName(line.AsSpan()));

    [Theory]
    [InlineData("dal nostro inviato Marco Rossi", "Marco Rossi")]
    [InlineData("dalla nostra corrispondente Giulia Bianchi", "Giulia Bianchi")]
    public void AnItalianCorrespondentsOpening_OpensAByline(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Par Marie-Hélène d'Aubigny", "Marie-Hélène d'Aubigny")]
    [InlineData("Par Paul d’Estaing et Anne Roux", "Paul d’Estaing; Anne Roux")]
    [InlineData("Par Jeanne Roux d'Horizon Matin", null)] // a capital going on after it: a paper's name, as before
    [InlineData("Par Jean Dupont d'Europe Soir et Anne Roux", null)]
    [InlineData("Par Anne Roux de l'ONG Horizon", null)] // an article elided into an acronym: no name goes on, as before
    [InlineData("Par Jean Dupont d'après l'AFP", null)] // no capital after the apostrophe: a phrase runs on from the name, as any lower-case word does
    public void AParticleElidedIntoTheSurname_IsPartOfTheName(string line, string? expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Testo di legge sul clima approvato dal Senato")]
    [InlineData("Text: Redaktion")]
    [InlineData("Texto: Redacción")]
    [InlineData("By Reuters")]
    [InlineData("Von dpa")]
    public void AnOpeningWordBeforeNoName_GivesNoWriter(string line)
        => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Par Jeanne Roux (texte) et Paul Mercier (photos)", "Jeanne Roux; Paul Mercier")]
    [InlineData("Von Anna Berg (Text) und Tim Vogt (Fotos)", "Anna Berg; Tim Vogt")]
    [InlineData("Por Ana Ruiz (texto) y Luis Gómez (fotos)", "Ana Ruiz; Luis Gómez")]
    [InlineData("Jeanne Roux (texte) et Paul Mercier (photos)", null)] // no opening word: read beside a dateline only
    [InlineData("Par Jeanne Roux (2024)", "Jeanne Roux")] // a number in brackets is no writer's part: the names stop there
    public void WhatEachWriterDid_InBrackets_PartsNoNames(string line, string? expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Fact]
    public void NamesWithTheirPartsInBrackets_OverADateline_AreTheWriters()
    {
        var paragraphs = Articles.Of("fr");
        var page = string.Join("\n\n", "Accueil\nActualités", paragraphs[0], "Jeanne Roux (texte) et Paul Mercier (photos)\n12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], "Jeanne Roux; Paul Mercier"), (article.Title, article.Author));
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Jane Roe | Reuters", "Jane Roe")]
    [InlineData("Ana Silva | Lusa", "Ana Silva")]
    [InlineData("Ana Ruiz / Europa Press", "Ana Ruiz")]
    [InlineData("Jane Roe | EFE", "Jane Roe")]
    public void AnAgencyInOrdinaryCapitals_MakesACredit(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Jane Roe | Harbour")]
    [InlineData("Residents | Reuters said")]
    public void AWordThatIsNoAgency_MakesNoCredit(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("fr", "Par Jeanne Roux, envoyée spéciale à Lyon", "Publié le 12/03/2024 à 18h05", "Jeanne Roux", "2024-03-12T18:05")]
    [InlineData("fr", "Jeanne Roux et Paul Mercier", "Le 12 mars 2024 à 18h05", "Jeanne Roux; Paul Mercier", "2024-03-12T18:05")]
    [InlineData("nl", "Door onze verslaggever Jan de Vries", "12 maart 2024", "Jan de Vries", "2024-03-12")]
    [InlineData("nl", "Jan de Vries", "12 mrt 2024 om 18:05", "Jan de Vries", "2024-03-12T18:05")]
    [InlineData("de", "Ein Artikel von Anna Berg", "12.03.2024", "Anna Berg", "2024-03-12")]
    [InlineData("en", "Words by Jane Roe", "12 March 2024", "Jane Roe", "2024-03-12")]
    [InlineData("pt", "Ana Silva | Lusa", "12 de março de 2024, 18:05", "Ana Silva", "2024-03-12T18:05")]
    public void UnderADumpedPagesHeadline_TheBylineIsNeitherTitleNorParagraph(string language, string byline, string dateline, string author, string published)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], byline + "\n" + dateline, paragraphs[1], paragraphs[2], paragraphs[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], author, published), (article.Title, article.Author, article.Published));
        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("fr", "Jeanne Roux", "Journaliste au service Société, Jeanne Roux couvre les transports et l'urbanisme depuis 2015.", "Jeanne Roux")]
    [InlineData("en", "About the author", "Jane Roe is a reporter covering transport and planning for the Coastal Gazette.", "Jane Roe")]
    [InlineData("de", "Über die Autorin", "Anna Berg ist Redakteurin im Lokalressort und schreibt über Verkehr.", "Anna Berg")]
    public void AnAuthorBoxUnderTheArticle_NamesTheWriter(string language, string label, string note, string author)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], label + "\n" + note, "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(author, article.Author);
        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void APersonTheArticleQuotes_IsNoWriter_EvenOverAJob()
    {
        // The last paragraph opens with a name and gives a job, but no author box's label stands above it.
        var page = string.Join("\n\n", "Home\nNews\nLocal", "Harbour bridge to close for three weeks", "12/03/2024",
            "The council said on Tuesday that the harbour bridge will close for three weeks while worn joints are replaced after years of heavy traffic.",
            "A diversion will run along Tanners Quay, and buses on route 4 will use the station bridge until the work is finished.",
            "Martha Lane, the reporter who first wrote about the cracks, said the repairs were long overdue and welcome news for the town.",
            "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
        Assert.Equal(3, article.Paragraphs.Count);
    }
}
