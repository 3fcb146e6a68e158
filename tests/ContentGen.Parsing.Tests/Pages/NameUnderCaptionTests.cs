namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Templates that print the writer under the picture: the photo's caption (a sentence with its stop, or "Foto: …"),
/// the writer's name alone glued under it, then the article. A name alone there with no caption over it is as often a
/// label or a place, and stays unread as before; so is a short line in title case glued under the article's own first
/// paragraph (its first subheading, a place).
/// </summary>
public sealed class NameUnderCaptionTests
{
    [Theory]
    [InlineData("fr", "Image d'illustration.\nElena Monti", "Elena Monti")]
    [InlineData("it", "Foto: la facciata del teatro dopo il restauro.\nGiorgio Ferri", "Giorgio Ferri")]
    [InlineData("nl", "Foto: de leeszaal van de bibliotheek\nJoris Hoekstra", "Joris Hoekstra")]
    [InlineData("de", "Foto: Der neue Bahnsteig am Abend\nAnna Schmidt", "Anna Schmidt")]
    [InlineData("en", "Photo: the new platform at dusk\nJane Roe", "Jane Roe")]
    [InlineData("es", "Imagen: el nuevo andén al atardecer\nMaría López", "María López")]
    [InlineData("pt", "Fotografia: a nova plataforma ao fim do dia\nAna Costa", "Ana Costa")]
    public void ANameGluedUnderTheCaption_OverTheArticle_IsTheWriter(string language, string meta, string expected)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], meta, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(expected, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "Audio version available\nNorth Harbour")]
    [InlineData("fr", "Écouter l'article\nPort Vieux")]
    public void ANameAloneUnderNoCaption_NamesNobody(string language, string meta)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], meta, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
    }

    [Theory]
    [InlineData("en", "What Happens Next")]
    [InlineData("en", "North Harbour")]
    [InlineData("fr", "Vieux Port")]
    [InlineData("de", "Neue Pläne")]
    [InlineData("es", "Próximos Pasos")]
    public void ATitleCaseLineGluedUnderTheFirstParagraph_NamesNobody(string language, string line)
    {
        var p = Articles.Of(language);
        var page = p[0] + "\n\n" + p[1] + "\n" + line + "\n" + p[2] + "\n\n" + p[3];

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
    }
}
