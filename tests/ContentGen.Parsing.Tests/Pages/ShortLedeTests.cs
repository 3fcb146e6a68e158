namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Under a plain article's headline, a sentence of two or three words ("Tickets are free.") is its
/// first paragraph, not furniture between the headline and the article; a line of chrome as short
/// ("Read more.") is not.
/// </summary>
public sealed class ShortLedeTests
{
    [Theory]
    [InlineData(
        "Valley line to reopen next year",
        "Tickets are free.",
        "Residents who campaigned for the line to reopen said they were delighted, and that the railway was vital for older people who do not drive and for the pupils who travel each day to the secondary school in the market town at the end of the valley.")]
    [InlineData(
        "La ligne de la vallée rouvrira l'an prochain",
        "Tout est prêt.",
        "Les habitants qui réclamaient la réouverture de la ligne se sont dits ravis, et ont rappelé que le train était vital pour les personnes âgées qui ne conduisent pas et pour les élèves qui vont chaque jour au lycée du bourg, tout au bout de la vallée.")]
    [InlineData(
        "Die Talbahn fährt ab nächstem Jahr wieder",
        "Alles bleibt gleich.",
        "Die Anwohner, die sich jahrelang für die Strecke eingesetzt hatten, zeigten sich erleichtert und erinnerten daran, dass die Bahn für ältere Menschen ohne Auto und für die Schüler, die jeden Tag in die Kreisstadt am Ende des Tals fahren, unverzichtbar ist.")]
    public void AShortSentenceUnderTheHeadline_IsTheFirstParagraph(string headline, string lede, string paragraph)
    {
        var article = ArticleParser.Parse(headline + "\n\n" + lede + "\n\n" + paragraph + "\n");

        Assert.Equal(headline, article.Title);
        Assert.Equal([lede, paragraph], article.Paragraphs.Select(p => p.Text));
        Assert.Empty(article.Boilerplate);
    }

    // On a page whose chrome above the headline was not seen, a short line of chrome under it says
    // what it is in its words: it is no lede.
    [Theory]
    [InlineData("Listen to article.", "Coastal Gazette\nHome News Sport\n\nHarbour bridge to be rebuilt next spring\n\nListen to article.\n\nThe council approved the plan to rebuild the harbour bridge on Tuesday evening after a debate that lasted more than three hours and ended in a narrow vote.\n\nWork will start in the spring and last about eighteen months, the council said.\n")]
    [InlineData("Advertisement continues below.", "Coastal Gazette\nHome News Sport\n\nHarbour bridge to be rebuilt next spring\n\nAdvertisement continues below.\n\nThe council approved the plan to rebuild the harbour bridge on Tuesday evening after a debate that lasted more than three hours and ended in a narrow vote.\n\nWork will start in the spring and last about eighteen months, the council said.\n")]
    [InlineData("Leer más.", "Diario Costero\nPortada Noticias Deportes\n\nEl puente del puerto será reconstruido en primavera\n\nLeer más.\n\nEl pleno aprobó el martes por la noche el proyecto para reconstruir el puente del puerto, tras un debate de más de tres horas que terminó con una votación ajustada.\n\nLas obras empezarán en primavera y durarán unos dieciocho meses.\n")]
    [InlineData("Contenido exclusivo suscriptores.", "Diario Costero\nPortada Noticias Deportes\n\nEl puente del puerto será reconstruido en primavera\n\nContenido exclusivo suscriptores.\n\nEl pleno aprobó el martes por la noche el proyecto para reconstruir el puente del puerto, tras un debate de más de tres horas que terminó con una votación ajustada.\n\nLas obras empezarán en primavera y durarán unos dieciocho meses.\n")]
    public void AShortChromeLineUnderTheHeadline_IsNoParagraph(string line, string page)
    {
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(line, article.Paragraphs.Select(p => p.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == line);
    }
}
