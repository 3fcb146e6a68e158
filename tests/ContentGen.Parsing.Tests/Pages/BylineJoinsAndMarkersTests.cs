using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Bylines as pages print them beyond the plain "By Jane Roe": two names in capitals joined by a word in capitals
/// ("BY JANE ROE AND TOM POE"), the photos' credit after a middle dot ("Texto: Ana Gil · Fotos: Luis Peña"), the
/// site's name after a comma ("Por Ana Costa, Portal Vale Verde — Vila Nova"), two writers and the town they file from
/// ("Por Ana Gil e Rui Sá, em Vila Nova"), a Portuguese "Publicado a" stamp, and lynx's link marker before the
/// writer's name ("[11]Jane Roe"). Their innocent neighbours stay as they were: a section's label in capitals, a single
/// name, a headline that opens with a byline's word.
/// </summary>
public sealed class BylineJoinsAndMarkersTests
{
    [Theory]
    [InlineData("BY MAEVE CORRIGAN AND DEV RATHORE", "MAEVE CORRIGAN; DEV RATHORE")]
    [InlineData("POR LUCÍA BERMEJO Y ÁLVARO MENA", "LUCÍA BERMEJO; ÁLVARO MENA")]
    [InlineData("PAR ODILE FERRAND ET LUC AUBRY", "ODILE FERRAND; LUC AUBRY")]
    [InlineData("VON HANNA KOCH UND TILL BRANDES", "HANNA KOCH; TILL BRANDES")]
    [InlineData("Door ROOS VAN DAM EN JOOST KRAMER", "ROOS VAN DAM; JOOST KRAMER")]
    [InlineData("By MARTHA QUILL", "MARTHA QUILL")]
    public void TwoNamesInCapitals_JoinedByAWordInCapitals_AreBothWriters(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("NEWS AND SPORT")]
    [InlineData("By AFP AND AP")]
    [InlineData("BY STAFF REPORTER AND AGENCIES")]
    public void LabelsAgenciesAndJobsInCapitals_StayNoName(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Texto: Marta Gil · Fotos: Luis Peña", "Marta Gil")]
    [InlineData("Par Jeanne Roux · 12 mars 2024", "Jeanne Roux")]
    [InlineData("Tekst: Joost Kramer · Beeld: Noor Verhage", "Joost Kramer")]
    public void AMiddleDot_EndsTheWritersNames(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Por Camila Nogueira, Portal Vale Verde — Vila Nova", "Camila Nogueira")]
    [InlineData("Por Camila Nogueira e Rui Sá, Portal Vale Verde", "Camila Nogueira; Rui Sá")]
    [InlineData("Por Camila Nogueira, Rui Sá", "Camila Nogueira; Rui Sá")]
    public void ASitesNameAfterTheComma_IsNoSecondWriter(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Por Sofia Antunes e Miguel Pardal, em Vilar Seco")]
    [InlineData("By Jane Roe and Tom Poe, in Long Harbour")]
    [InlineData("Par Jeanne Roux et Paul Mercier, à Pont Neuf")]
    [InlineData("Von Anna Berg und Tim Vogt, in Bad Kleinau")]
    public void TwoWritersAndTheTownTheyFileFrom_AreAByline(string line) => Assert.True(PageLines.IsByline(line.AsSpan()));

    [Theory]
    [InlineData("By The Numbers, how the harbour town voted")]
    [InlineData("Por fin, el puerto abre sus muelles al público")]
    [InlineData("Par Jeanne Roux et Paul Mercier, à Pont Neuf et dans la vallée")]
    [InlineData("By Jane Roe and Tom Poe, In Long Harbour They Met Again Today")]
    public void AHeadlineOrALongerLine_AfterAComma_IsNoByline(string line) => Assert.False(PageLines.IsByline(line.AsSpan()));

    [Fact]
    public void APortugueseStamp_PublicadoA_PartsFromTheBylineAboveIt()
    {
        var p = Articles.Of("pt");
        var page = string.Join("\n\n", "Correio da Serra", "Região | País | Desporto | Opinião", p[0],
            "Por Sofia Antunes e Miguel Pardal, em Vilar Seco\nPublicado a 4 de fevereiro de 2025 às 11:05", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Sofia Antunes; Miguel Pardal", article.Author);
        Assert.Equal("2025-02-04T11:05", article.Published);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "[11]Kerry Ashdown\nPolitical Correspondent\nTuesday 4 March 2025, 11:05", "Kerry Ashdown", "2025-03-04T11:05")]
    [InlineData("de", "[31]Malte Brinkhaus\n04.02.2025, 11:05 Uhr", "Malte Brinkhaus", "2025-02-04T11:05")]
    [InlineData("fr", "Par [12]Léa Fontenelle\nPublié le 04/02/2025 à 11h05", "Léa Fontenelle", "2025-02-04T11:05")]
    public void ALinkMarkerBeforeTheWritersName_IsNoWordOfIt(string language, string byline, string author, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "[1]Skip to content", "[2]Home [3]News [4]Sport", p[0], byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal((p[0], author, date), (article.Title, article.Author, article.Published));
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("[11]Kerry Ashdown", "Kerry Ashdown")]
    [InlineData("   [3]Sport", "Sport")]
    [InlineData("[1] 2 3", "[1] 2 3")]
    [InlineData("[…] and so it ended", "[…] and so it ended")]
    [InlineData("[12345]Jane Roe", "[12345]Jane Roe")]
    public void PastLeading_SkipsOnlyAMarkerBeforeALetter(string line, string expected)
        => Assert.Equal(expected, LinkMarkers.PastLeading(line.AsSpan()).ToString());

    [Theory]
    [InlineData("The depot has stood empty since the bus company moved in 2019 (Image: Valley Courier)")]
    [InlineData("Der alte Anleger im Winter (Foto: Jana Kolb)")]
    [InlineData("Vista del embalse con la cola al descubierto. / Elena Ruiz")]
    [InlineData("A vista do cais ao fim da tarde. / Rui Sá")]
    public void ACaptionSignedInBracketsOrAfterASlash_IsACaption(string line) => Assert.True(PageLines.IsCaption(line));

    [Theory]
    [InlineData("The council met on Tuesday (see our report: Harbour Plans) and agreed the fees.")]
    [InlineData("The council met on Tuesday, as our map shows (Image: below).")]
    [InlineData("Los vecinos votaron el lunes. / Sí")]
    [InlineData("News / Sport / Weather / Jane Roe")]
    [InlineData("The ferry will run twice a day from May. / The Harbour Board of the Coastal Region")]
    public void ProseAndMenusWithBracketsOrSlashes_AreNoCaption(string line) => Assert.False(PageLines.IsCaption(line));
}
