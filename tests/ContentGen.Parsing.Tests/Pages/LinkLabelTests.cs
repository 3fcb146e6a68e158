using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A label alone on its line that announces another item ("A LIRE", "Vidéo", "Podcast") has the item's
/// title printed under it, past a blank line at times: that title is the link's, never a paragraph, and a
/// real subheading under it still heads its section. As a line's first words the same label may open a
/// sentence ("À lire les chiffres, …"), which stays.
/// </summary>
public sealed class LinkLabelTests
{
    public static TheoryData<string, string, string, string> Labels() => new()
    {
        { "fr", "A LIRE", "Port-Lavoie : le chantier de la digue reporté à l'automne", "Un service très attendu" },
        { "fr", "Vidéo", "Le maire de Port-Lavoie présente le projet au micro de notre rédaction (1'45)", "Un service très attendu" },
        { "en", "Video", "The mayor of Harbourside explains the plan to our reporter (2:10)", "A long-awaited service" },
        { "de", "Video", "Der Bürgermeister von Hafenstadt erklärt das Vorhaben (1:45)", "Ein lange erwarteter Dienst" },
        { "es", "Vídeo", "El alcalde de Arenales explica el proyecto a nuestra redacción (1:45)", "Un servicio muy esperado" },
        { "it", "Video", "Il sindaco di Valmora spiega il progetto ai nostri microfoni (1:45)", "Un servizio molto atteso" },
        { "pt", "Vídeo", "O presidente da câmara de Itaporã explica o projeto (1:45)", "Um serviço muito esperado" },
        { "nl", "Podcast", "De burgemeester van Havenstad legt het plan uit aan onze verslaggever", "Een lang verwachte dienst" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void TheTitleUnderALabelAlone_IsTheLinks_AndTheSubheadingUnderItHeads(string language, string label, string title, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], label, title, heading, closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == title);
        Assert.Contains(article.Sections, s => s.Heading == heading);
    }

    [Fact]
    public void ASentenceOpeningWithTheLabelsWords_Stays()
    {
        var p = Articles.Of("fr");
        var sentence = "À lire les comptes rendus du conseil, les habitants attendaient ces bus depuis longtemps.";
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], sentence, p[2], p[3]));

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}

/// <summary>
/// What stands glued under a "read also" label and its first headline is the box of links: more
/// headlines and their blurbs, sentences though they are. A video introduced inside the article is an
/// insert: the article goes on under it, however short its last section.
/// </summary>
public sealed class LinkBoxTests
{
    [Theory]
    [InlineData("pt", "Leia também\nItaporã: ponte velha fecha duas semanas para obras\nA obra começa segunda-feira e obriga a um desvio de quatro quilómetros.\nFeira do livro regressa ao largo da câmara\nA feira junta trinta livreiros durante três dias.")]
    [InlineData("en", "Read also\nHarbourside: old bridge shut for two weeks of repairs\nThe work starts on Monday and means a four-mile detour.\nBook fair returns to the town hall square\nThirty booksellers will take part over three days.")]
    public void TheLinesGluedUnderAReadAlsoLabel_AreItsLinks(string language, string box)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], closing, p[3], box, "© 2024"));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A page with no blank line at all: the box ends at the first line long enough to be a paragraph.
    [Theory]
    [InlineData("fr", "À lire aussi", "Port-Sainte-Brume : la digue rouvre aux promeneurs")]
    [InlineData("en", "Read also", "Harbourside: the old pier reopens to walkers")]
    [InlineData("de", "Lesen Sie auch", "Seehafen: Die alte Mole ist wieder offen")]
    public void ALinkBoxOnAPageWithoutBlankLines_EndsAtTheNextParagraph(string language, string label, string headline)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n", "Menu", p[0], p[1], label, headline, p[2], closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void TheArticleGoesOnUnderAVideosInsert()
    {
        var p = Articles.Of("pt");
        var heading = "Mais autocarros ao fim de semana";
        var page = string.Join(
            "\n\n", "Menu", p[0], p[1], p[2], "A reportagem da Rádio Vale:", "Os primeiros passageiros experimentam o autocarro noturno\nna estação", heading, p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Sections, s => s.Heading == heading);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
