using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Byline shapes of interview pages, wire pages and regional papers: the place the writers file from after a comma
/// ("Von Anna Keller und Jan Berg, Hamburg"), an interview's own lead ("Interview by …", "Entretien réalisé par …"),
/// a text credit beside the photographer's ("Texto: … | Fotos: …"), an agency after a byline's words ("Con
/// información de Agencia Norte", nobody's name), and a writer's name with the place after a bar over the dateline
/// ("Nerea Olano | San Sebastián").
/// </summary>
public sealed class BylinePlaceAndLeadTests
{
    [Theory]
    [InlineData("Von Lena Brandt und Tobias Kern, Hamburg", "Lena Brandt; Tobias Kern")]
    [InlineData("By Priya Shah, Leeds", "Priya Shah")]
    [InlineData("Door Sanne Visser en Bart de Jong, Hengelo", "Sanne Visser; Bart de Jong")]
    [InlineData("Por Nerea Olano y Unai Etxeberria, Bilbao", "Nerea Olano; Unai Etxeberria")]
    [InlineData("Di Marco Neri, Genova", "Marco Neri")]
    public void AOneWordPlaceAfterTheNames_IsNoWriter(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    // Writers listed by surname, and two-word names after a comma, stay writers.
    [Theory]
    [InlineData("Von Lena Brandt, Tobias Kern", "Lena Brandt; Tobias Kern")]
    [InlineData("Par Dupont, Martin et Durand", "Dupont; Martin; Durand")]
    [InlineData("By Jane Roe, Ola Brink and Ann Lee", "Jane Roe; Ola Brink; Ann Lee")]
    public void OtherNamesAfterAComma_StayWriters(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Interview by Samuel Brook, Arts Editor", "Samuel Brook")]
    [InlineData("Interviewed by Samuel Brook", "Samuel Brook")]
    [InlineData("Entretien réalisé par Claire Aubert", "Claire Aubert")]
    [InlineData("Das Interview führte Lena Brandt", "Lena Brandt")]
    [InlineData("Entrevista realizada por Nerea Olano", "Nerea Olano")]
    [InlineData("Intervista a cura di Marco Neri", "Marco Neri")]
    [InlineData("Entrevista conduzida por Joana Reis", "Joana Reis")]
    [InlineData("Interview door Sanne Visser", "Sanne Visser")]
    [InlineData("Texto: Joana Reis | Fotos: Pedro Lima", "Joana Reis")]
    [InlineData("Texto: Nerea Olano", "Nerea Olano")]
    public void AnInterviewsOrATextsLead_GivesTheWriter(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Con información de Agencia Norte")]
    [InlineData("Por Agencia Norte")]
    [InlineData("Com informação da Agência Sul")]
    [InlineData("Von Pressestelle Hafenstadt")]
    public void AnAgencyAfterABylinesWords_IsNobodysName(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    // "Name | Place" over the dateline, in three languages' templates.
    [Theory]
    [InlineData("Nerea Olano | San Sebastián", "14-03-2024 | 09:40", "Nerea Olano")]
    [InlineData("Lena Brandt | Hamburg", "14.03.2024, 16:05 Uhr", "Lena Brandt")]
    [InlineData("Marco Neri | Genova", "14/03/2024 - 12:30", "Marco Neri")]
    public void ANameAndItsPlaceOverTheDateline_SignsThePage(string byline, string dateline, string expected)
    {
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", "Harbour plan approved after long debate", byline + "\n" + dateline,
            Articles.Of("en")[1], Articles.Of("en")[2], Articles.Closing("en"));

        Assert.Equal(expected, ArticleParser.Parse(page).Author);
    }

    // A section's path and a bar over the dateline name nobody.
    [Theory]
    [InlineData("News | Local")]
    [InlineData("Coastal Gazette | News")]
    [InlineData("Harbour News | Sport")]
    public void ASectionsPathOverTheDateline_NamesNobody(string line)
    {
        var page = string.Join("\n\n", "Coastal Gazette", "Home | Sport | Weather", "Harbour plan approved after long debate", line + "\n14-03-2024 | 09:40",
            Articles.Of("en")[1], Articles.Of("en")[2], Articles.Closing("en"));

        Assert.Null(ArticleParser.Parse(page).Author);
    }
}
