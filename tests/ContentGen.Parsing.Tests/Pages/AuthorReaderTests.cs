using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>Bylines in each language and agency credits give the authors' names, and nothing else.</summary>
public sealed class AuthorReaderTests
{
    [Theory]
    [InlineData("By Helen Marsh", "Helen Marsh")]
    [InlineData("By Daniel Okafor, Staff Writer", "Daniel Okafor")]
    [InlineData("Par Claire Dubois", "Claire Dubois")]
    [InlineData("Par Claire Dubois et Paul Martin", "Claire Dubois; Paul Martin")]
    [InlineData("Von Jonas Weber", "Jonas Weber")]
    [InlineData("Por Lucía Fernández", "Lucía Fernández")]
    [InlineData("Di Marco Rinaldi", "Marco Rinaldi")]
    [InlineData("di Marco Rinaldi", "Marco Rinaldi")]
    [InlineData("Door Sanne de Vries", "Sanne de Vries")]
    [InlineData("Por Ana Costa", "Ana Costa")]
    [InlineData("By Jane Doe | The Post", "Jane Doe")]
    [InlineData("Par Jane Doe - 31 déc. 2022 à 14:12", "Jane Doe")]
    [InlineData("Kevin Morvan / AFP", "Kevin Morvan")]
    [InlineData("Par Claire Dubois le 12 mars 2024", "Claire Dubois")]
    [InlineData("Door Sanne de Vries op 12 maart 2024", "Sanne de Vries")]
    [InlineData("AA / Paris / Fatih KARAKAYA", "Fatih KARAKAYA")]
    public void Byline_GivesTheNames(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Par La rédaction avec AFP")]
    [InlineData("Par valeursactuelles.com")]
    [InlineData("By the end of the year, the council said, the buses would run every hour.")]
    [InlineData("Photo / AFP")]
    [InlineData("(Jane Doe / AFP)")]
    [InlineData("Source: BBC")]
    [InlineData("Harbour plan approved")]
    [InlineData("Source : Service d'information du Gouvernement")]
    [InlineData("Source: Ministry figures")]
    [InlineData("Von Amts wegen geprüft")]
    [InlineData("Por Decreto del gobierno regional")]
    public void NoByline_GivesNoName(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Julien Martin", "Julien Martin")]
    [InlineData("Sanne de Vries", "Sanne de Vries")]
    [InlineData("France Télévisions", null)]
    [InlineData("Julien Martin a dit", null)]
    [InlineData("Monde", null)]
    public void BareName_IsANameAlone(string line, string? expected) => Assert.Equal(expected, AuthorReader.ReadBareName(line.AsSpan()));

    [Theory]
    [InlineData("Ümit Kaya   | 06.12.2022", "Ümit Kaya")]
    [InlineData("Alexandre Martin 07h06, le 31 décembre 2022", "Alexandre Martin")]
    [InlineData("Céline Garnier • 12 octobre 2022", "Céline Garnier")]
    [InlineData("Le 26 décembre 2022 à 17h11", null)]
    public void NameBeforeADate_IsRead(string line, string? expected) => Assert.Equal(expected, AuthorReader.ReadLeadingName(line.AsSpan()));

    // A desk's initials or a first author, then "with" and a co-author, before the stamps: initials
    // alone are no name, the names on either side are.
    [Theory]
    [InlineData("HBRS avec Claire Morel • Publié le 14 mars 2023 à 09h40", "Claire Morel")]
    [InlineData("Claire Dubois avec Paul Martin | 12/03/2024", "Claire Dubois; Paul Martin")]
    [InlineData("NW with Helen Marsh | 14 March 2024", "Helen Marsh")]
    [InlineData("DPA mit Jonas Weber | 12. März 2024", "Jonas Weber")]
    [InlineData("EFE con Lucía Fernández | 12 de marzo de 2024", "Lucía Fernández")]
    [InlineData("Marco Rinaldi con Giulia Neri | 12 marzo 2024", "Marco Rinaldi; Giulia Neri")]
    [InlineData("LUSA com Ana Costa | 12 de março de 2024", "Ana Costa")]
    [InlineData("ANP met Sanne de Vries | 12 maart 2024", "Sanne de Vries")]
    public void InitialsOrANameWithACoAuthor_BeforeADate_GiveTheNames(string line, string expected)
        => Assert.Equal(expected, AuthorReader.ReadLeadingName(line.AsSpan()));

    // "with" inside a sentence or after a lower-case word joins no authors.
    [Theory]
    [InlineData("Dinner with Helen Marsh | 14 March 2024")]
    [InlineData("Le maire avec Paul Martin, 12/03/2024")]
    public void WithAfterOtherWords_GivesNoCoAuthor(string line)
        => Assert.Null(AuthorReader.ReadLeadingName(line.AsSpan()));

    [Theory]
    [InlineData("Article rédigé par", true)]
    [InlineData("By", true)]
    [InlineData("Par Jane Doe", false)]
    [InlineData("Byline", false)]
    public void BylineLead_OnlyAnnouncesNames(string line, bool expected) => Assert.Equal(expected, AuthorReader.IsBylineLead(line.AsSpan()));
}
