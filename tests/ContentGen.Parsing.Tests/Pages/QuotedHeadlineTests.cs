namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A headline may be one quoted sentence with its full stop inside the marks ("We will rebuild.").
/// Over its byline and dateline, under a page's chrome, it is still the title, and the article's
/// paragraphs stay the body.
/// </summary>
public sealed class QuotedHeadlineTests
{
    [Theory]
    [InlineData("\"We will rebuild.\"", "Skip to content\nCoastal Gazette\nHome News Sport Business\n\nNews > Local\n\n\"We will rebuild.\"\n\nBy Jane Roe\nPublished: 3 March 2025\n\nThe harbour master promised on Tuesday that the storm-damaged pier would be rebuilt before the summer season, after a night in which waves tore away a third of its deck.\n\nEngineers will inspect the remaining piles this week, and the council has set aside an emergency fund to pay for the first repairs.\n\nBoat owners were asked to keep clear of the pier until further notice.\n")]
    [InlineData("„Wir bauen wieder auf.“", "Zum Inhalt springen\nKüstenbote\nStartseite Nachrichten Sport\n\nNachrichten > Region\n\n„Wir bauen wieder auf.“\n\nVon Lena Brandt\nVeröffentlicht am 3. März 2025\n\nDer Hafenmeister hat am Dienstag versprochen, die vom Sturm beschädigte Seebrücke vor der Sommersaison wieder aufzubauen, nachdem die Wellen in der Nacht ein Drittel des Decks weggerissen hatten.\n\nIngenieure prüfen in dieser Woche die übrigen Pfähle, und die Stadt hat einen Notfallfonds für die ersten Reparaturen bereitgestellt.\n\nBootsbesitzer sollen die Seebrücke bis auf Weiteres meiden.\n")]
    [InlineData("«Vamos a reconstruirlo.»", "Ir al contenido\nDiario Costero\nPortada Noticias Deportes\n\nNoticias > Región\n\n«Vamos a reconstruirlo.»\n\nPor Ana Gómez\nPublicado el 3 de marzo de 2025\n\nEl capitán del puerto prometió el martes que el muelle dañado por el temporal será reconstruido antes del verano, después de una noche en la que las olas arrancaron un tercio de la plataforma.\n\nLos ingenieros revisarán esta semana los pilotes restantes, y el ayuntamiento ha aprobado un fondo de emergencia para las primeras reparaciones.\n\nSe pide a los propietarios de barcos que no se acerquen al muelle.\n")]
    public void AQuotedSentenceOverTheByline_IsTheTitle(string headline, string page)
    {
        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(3, article.Paragraphs.Count);
    }
}
