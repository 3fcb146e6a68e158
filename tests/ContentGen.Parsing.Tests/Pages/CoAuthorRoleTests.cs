using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Two writers each with their job ("By Jane Roe, Transport Editor, and Tom Poe, Data Reporter"; "Ana Vidal, jefa
/// de Cultura, y Luis Mora, redactor"; "di Luca Neri (inviato a Porto Alba) e Sara Villa"): the jobs part the
/// names; the second writer is a writer too, and the jobs are no names.
/// </summary>
public sealed class CoAuthorRoleTests
{
    [Theory]
    [InlineData("By Jane Roe, Transport Editor, and Tom Poe, Data Reporter", "Jane Roe; Tom Poe")]
    [InlineData("Par Anne Lorin, journaliste, et Marc Vidal, correspondant à Lyon", "Anne Lorin; Marc Vidal")]
    [InlineData("Von Jana Kolb, Redakteurin, und Tim Berg, Korrespondent in Kiel", "Jana Kolb; Tim Berg")]
    [InlineData("Ana Vidal, jefa de Cultura, y Luis Mora, redactor", "Ana Vidal; Luis Mora")]
    [InlineData("di Luca Neri (inviato a Porto Alba) e Sara Villa", "Luca Neri; Sara Villa")]
    [InlineData("Por Rui Sousa, jornalista, e Inês Cabral, correspondente no Porto", "Rui Sousa; Inês Cabral")]
    [InlineData("Eva Mol, verslaggever, en Joost Dekker, datajournalist", "Eva Mol; Joost Dekker")]
    public void TwoWritersWithTheirJobs_AreBothRead(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // One writer with a job, or a job and a place after the names, reads as before; a sentence that lists two
    // people with their jobs is no byline.
    [Theory]
    [InlineData("By Jane Roe, Transport Editor", "Jane Roe")]
    [InlineData("Von Lena Brandt und Tobias Kern, Hamburg", "Lena Brandt; Tobias Kern")]
    [InlineData("Jean Dupont, envoyé spécial à Calais", "Jean Dupont")]
    public void OneWritersJob_ReadsAsBefore(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Jane Roe, editor of the weekly, and Tom Poe, a reporter, met at the harbour in 1990.")]
    [InlineData("Ana Vidal, jefa de Cultura, y Luis Mora, redactor, firmaron el manifiesto")]
    [InlineData("Eva Mol, verslaggever, en Joost Dekker, datajournalist, wonnen de prijs")]
    public void ASentenceAboutTwoJournalists_IsNoByline(string line)
        => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("en", "By Jane Roe, Transport Editor, and Tom Poe, Data Reporter", "Jane Roe; Tom Poe")]
    [InlineData("es", "Ana Vidal, jefa de Cultura, y Luis Mora, redactor", "Ana Vidal; Luis Mora")]
    [InlineData("nl", "Eva Mol, verslaggever, en Joost Dekker, datajournalist", "Eva Mol; Joost Dekker")]
    [InlineData("it", "di Luca Neri (inviato a Porto Alba) e Sara Villa", "Luca Neri; Sara Villa")]
    public void OnAPage_BothWritersSign_AndTheHeadlineStaysTheTitle(string language, string byline, string expected)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "HARBOUR", p[0], byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(expected, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Review s18: "en" is Dutch "and" but French and Spanish "in"; an agency after "y" is no writer.
    [Theory]
    [InlineData("Por Luis Mora, enviado especial, en Puerto Alba", "Luis Mora")]
    [InlineData("Par Marc Vidal, correspondant, en Bretagne", "Marc Vidal")]
    [InlineData("Por Luis Mora (enviado especial) en Puerto Alba", "Luis Mora")]
    [InlineData("Por Rui Sousa, correspondente, em Lisboa", "Rui Sousa")]
    [InlineData("Por Ana Vidal, redactora, y Agencias", "Ana Vidal")]
    public void APlaceOrAnAgencyAfterTheJob_IsNoSecondWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // Review s18: a boss in an article ("jefe de la cofradía") is no writer's job: the closing paragraph under a
    // portrait's caption stays.
    [Fact]
    public void AClosingParagraphAboutABoss_UnderHisPortrait_Stays()
    {
        var p = Articles.Of("es");
        var last = "Pedro Gil, jefe de la cofradía de pescadores, espera volver al muelle antes del verano.";
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "HARBOUR", p[0], "Por Ana Vidal\n12/03/2024 08:15", p[1], p[2], p[3], "Pedro Gil", last);

        var article = ArticleParser.Parse(page);

        Assert.Equal(last, article.Paragraphs[^1].Text);
    }
}
