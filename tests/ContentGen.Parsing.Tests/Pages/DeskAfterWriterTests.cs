using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A desk or a service named after the writer's comma ("By Jane Roe, Local Democracy Reporting Service") is whom she
/// writes for, not a second writer: a desk's or an office's word (DeskWords, JobOfficeWords) after a first writer's
/// comma ends the names, in every language; a writer alone keeps such a surname.
/// </summary>
public sealed class DeskAfterWriterTests
{
    [Theory]
    [InlineData("By Jane Roe, Local Democracy Reporting Service", "Jane Roe")]
    [InlineData("By Tom Hale, Press Association News Agency", "Tom Hale")]
    [InlineData("Par Claire Roy, Service Régions", "Claire Roy")]
    [InlineData("Par Claire Roy, Agence France-Presse", "Claire Roy")]
    [InlineData("Von Jonas Berg, Evangelischer Pressedienst", "Jonas Berg")]
    [InlineData("Von Jonas Berg, Katholischer Dienst Nord", "Jonas Berg")]
    [InlineData("Por Sergio Olmo, Servicio Regional de Noticias", "Sergio Olmo")]
    [InlineData("di Paola Neri, Servizio Regionale Notizie", "Paola Neri")]
    [InlineData("Por Ana Costa, Serviço Regional de Notícias", "Ana Costa")]
    [InlineData("Door Els Smit, Regionale Dienst Nieuws", "Els Smit")]
    public void ADeskAfterTheWritersComma_IsNoSecondWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("By Jane Roe, Tom Hale", "Jane Roe; Tom Hale")]
    [InlineData("Par Claire Roy, Paul Martin", "Claire Roy; Paul Martin")]
    [InlineData("Von Jonas Berg, Anna Koch", "Jonas Berg; Anna Koch")]
    [InlineData("Por Sergio Olmo, Ana Ruiz", "Sergio Olmo; Ana Ruiz")]
    [InlineData("Door Els Smit, Joost de Wit", "Els Smit; Joost de Wit")]
    public void ASecondWriterAfterTheComma_StillReads(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("By Robert Service", "Robert Service")]
    [InlineData("Von Anna Dienst", "Anna Dienst")]
    public void ADeskWordAsTheOnlyWritersSurname_StaysInTheName(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));
}
