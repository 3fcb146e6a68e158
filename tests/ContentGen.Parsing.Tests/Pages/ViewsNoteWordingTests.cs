using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An opinion page's note that its articles give their writers' point of view ("Los artículos de opinión reflejan
/// exclusivamente el punto de vista de sus autores."), or not the newsroom's ("… ne reflètent pas nécessairement la position
/// de la rédaction"), worded as papers word it beside "are the author's own": a notice
/// under the article. The same words in the article's own last sentence, reported or about someone else, stay.
/// </summary>
public sealed class ViewsNoteWordingTests
{
    [Theory]
    [InlineData("es", "Los artículos de opinión reflejan exclusivamente el punto de vista de sus autores.")]
    [InlineData("es", "Las opiniones publicadas en esta sección expresan la opinión de su autor.")]
    [InlineData("it", "Gli articoli di opinione riflettono esclusivamente il punto di vista dei loro autori.")]
    [InlineData("pt", "Os artigos de opinião refletem apenas o ponto de vista dos seus autores.")]
    [InlineData("en", "The opinions in this section reflect the views of their authors.")]
    [InlineData("fr", "Les tribunes reflètent uniquement le point de vue de leurs auteurs.")]
    [InlineData("fr", "Les tribunes publiées engagent leurs auteurs et ne reflètent pas nécessairement la position de la rédaction.")]
    [InlineData("en", "The views expressed here do not necessarily reflect the views of the newspaper.")]
    [InlineData("de", "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.")]
    [InlineData("nl", "Opiniestukken geven niet noodzakelijk het standpunt van de redactie weer.")]
    [InlineData("it", "Le opinioni espresse non rappresentano necessariamente la posizione della redazione.")]
    [InlineData("pt", "Os artigos de opinião não refletem necessariamente a linha editorial do jornal.")]
    public void AViewsNoteUnderTheArticle_IsSetAside(string language, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language), note, "© Coastal Gazette");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == note && b.Kind == BoilerplateKind.Notice);
    }

    [Theory]
    [InlineData("es", "El alcalde defendió que el plan recoge el punto de vista de sus autores, los vecinos del barrio.")]
    [InlineData("en", "The report, the council said, gives the views of the author and not of the department.")]
    [InlineData("fr", "Le maire, lui, assure que ce projet ne reflète en rien la position de la rédaction du journal municipal.")]
    public void TheWordsInTheArticlesLastSentence_Stay(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], p[2], p[3], sentence, "© Coastal Gazette");

        Assert.Equal(new[] { p[1], p[2], p[3], sentence }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }
}
