using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Paragraphs a page marks at their start or their end: a standfirst printed as a summary's points or as a dialogue's line
/// ("• La riapertura slitta a giugno", "– Abbiamo trovato infiltrazioni"), a practical line printed as a list's item, a
/// letter's signature set off with a dash. Each was set aside: the lede and deck rules asked for a capital first, the
/// practical-line rule took the bullet for a stamp's mark, the
/// signature rule asked for a letter first. (A wire's sentence closed on the agency's tag, "… (ANSA).", is still read as a
/// caption: the review showed captions of that length and stop, and the rule was withdrawn.)
/// </summary>
public sealed class MarkedParagraphTests
{
    [Theory]
    [InlineData("• ", "it")]
    [InlineData("– ", "es")]
    [InlineData("- ", "pt")]
    public void AStandfirstWithABulletOrADash_UnderTheHeadline_IsTheArticles(string mark, string language)
    {
        var deck = language switch
        {
            "it" => "La riapertura della piscina slitta a settembre per i nuovi lavori al tetto",
            "es" => "La Confederación mantiene las restricciones de riego y pide planes de ahorro a los ayuntamientos",
            _ => "A câmara contratou mais dois técnicos e a biblioteca passa a abrir também ao sábado à tarde",
        };
        var (menu, byline) = language switch
        {
            "it" => ("Home | Cronaca | Sport\nAbbonati", "di Marta Guerrini\n12 marzo 2025, ore 18:40"),
            "es" => ("Portada | Local | Deportes\nSuscríbete", "Por Marta Guerra\n12 de marzo de 2025, 18:40"),
            _ => ("Início | Região | Desporto\nAssinar", "Por Marta Guerra\n12 de março de 2025, 18:40"),
        };
        var p = Articles.Of(language);
        var page = string.Join("\n\n", menu, p[0], mark + deck, byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { mark + deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("es", "• Inscripciones para el club de lectura hasta el 30 de abril de 2024")]
    [InlineData("it", "• Festa di inaugurazione sabato 16 marzo alle 10:30 nel cortile della scuola")]
    public void APracticalLineWithABullet_BetweenParagraphs_IsTheArticles(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | Local\nMenu", p[0], "12/03/2025 18:40", p[1], p[2], line, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Contains(line, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void ALettersSignatureSetOffWithADash_SignsTheLetter()
    {
        var page = string.Join("\n\n", "Cartas al director", "16/03/2025",
            "El autobús a la capital",
            "Llevo tres meses esperando que el Ayuntamiento explique por qué el autobús de las siete ya no para en el barrio, y nadie en la concejalía responde a los correos.",
            "– Julián Ortega. Priego",
            "La biblioteca en verano",
            "Cada agosto la biblioteca cierra justo cuando los estudiantes más la necesitan, y este año pedimos que al menos abra por las mañanas para quien prepara exámenes.",
            "– Rosa Herrero. Tarancón");

        var article = ArticleParser.Parse(page);

        Assert.Contains("– Julián Ortega. Priego", article.Paragraphs.Select(x => x.Text));
        Assert.Contains("– Rosa Herrero. Tarancón", article.Paragraphs.Select(x => x.Text));
    }

    // Guards: a caption ending on the tag, with or without its stop after a few words, stays a caption; so does a bulleted
    // dateline, and a bulleted menu's lines stay chrome.
    [Theory]
    [InlineData("Il sindaco durante la conferenza stampa (ANSA)")]
    [InlineData("Vista del puerto al amanecer (EFE).")]
    [InlineData("Die Unfallstelle am Morgen (dpa)")]
    [InlineData("Il sindaco durante la conferenza stampa in municipio (ANSA).")]
    [InlineData("Der Bürgermeister bei der Vorstellung der Pläne im Rathaus (dpa).")]
    [InlineData("Vista del puerto desde el muelle norte al amanecer (EFE).")]
    public void ACaptionEndingOnTheTag_StaysACaption(string caption)
    {
        var p = Articles.Of("it");
        var page = string.Join("\n\n", p[0], p[1], caption, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Boilerplate, b => b.Text == caption && b.Kind == BoilerplateKind.Caption);
    }

    [Fact]
    public void ABulletedMenu_StaysChrome()
    {
        var p = Articles.Of("es");
        var page = string.Join("\n\n", "• Portada\n• Local\n• Deportes", p[0], "• 14/03/2025", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
