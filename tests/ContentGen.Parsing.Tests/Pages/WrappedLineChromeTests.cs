using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dump wraps a paragraph wherever the width runs out, so its last line may be one word that is
/// also a menu's ("home.", "vidéo.", "Politik.") or a short clause with a sign-up word.
/// A line that goes on from the line above it, mid-sentence, is part of that paragraph: it is
/// never judged alone as chrome.
/// </summary>
public sealed class WrappedLineChromeTests
{
    [Theory]
    [InlineData("en", "Families living on the lower quay say the floods of last winter left them", "with little choice, and several have now been forced to leave their", "home.")]
    [InlineData("fr", "Le maire a présenté le projet mardi soir devant le conseil municipal, puis", "il a répondu aux questions des habitants lors d'un échange diffusé en", "vidéo.")]
    [InlineData("fr", "Pendant toute la durée du chantier, les habitants du quartier sont invités à", "s'abonner à la lettre de la mairie pour suivre l'avancée des", "travaux.")]
    [InlineData("de", "Der Bürgermeister betonte, die Entscheidung über die neuen Radwege sei", "keine Frage der Verwaltung mehr, sondern inzwischen eine Frage der", "Politik.")]
    [InlineData("es", "La concejala explicó que el nuevo muelle atraerá a más barcos y que su", "impacto se notará en los comercios del puerto y en toda la", "economía.")]
    [InlineData("it", "Il sindaco ha spiegato che i lavori sul ponte sono terminati e che la", "decisione sulla riapertura al traffico pesante spetta ora alla", "politica.")]
    [InlineData("pt", "O presidente da câmara disse que as obras da barragem vão ter impacto", "nas colheitas da região, no comércio e no turismo, e na economia de todo o", "país.")]
    [InlineData("nl", "De wethouder zei dat de plannen voor de woningen aan de haven al weken", "veel aandacht kregen en dat het besluit gisteren opnieuw in het", "nieuws.")]
    public void TheLastLineOfAWrappedParagraph_StaysWithIt_WhateverItsWords(string language, string first, string second, string last)
    {
        var p = Articles.Of(language);
        var wrapped = string.Join("\n", first, second, last);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], wrapped, p[2], p[3]));

        Assert.Equal(new[] { p[1], string.Join(" ", first, second, last), p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Empty(article.Boilerplate);
    }

    // A menu glued under a headline that does not end on a function word still starts with a capital: it stays chrome.
    [Theory]
    [InlineData("en", "Home")]
    [InlineData("fr", "Accueil")]
    [InlineData("de", "Startseite")]
    public void AMenuLine_GluedUnderTheHeadline_IsStillChrome(string language, string menu)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0] + "\n" + menu, p[1], p[2], p[3]));

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == menu);
    }
}
