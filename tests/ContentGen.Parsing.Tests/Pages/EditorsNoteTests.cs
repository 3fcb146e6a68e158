using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Under the article the newsroom may add a note about the article itself: a correction that names the earlier
/// version, or an opinion page's word that the views are the writer's own, or not the newsroom's. The note is the page's,
/// not the text.
/// </summary>
public sealed class EditorsNoteTests
{
    public static TheoryData<string, string> Notes() => new()
    {
        { "en", "Correction: an earlier version of this article gave the wrong date for the first bus." },
        { "en", "Jane Roe grows apples near Harbourton. The views expressed are her own." },
        { "fr", "Rectificatif : une version précédente de cet article donnait une mauvaise date pour le premier bus." },
        { "fr", "Les tribunes publiées dans cette rubrique n'engagent que leurs auteurs." },
        { "de", "Korrektur: In einer früheren Version dieses Artikels stand ein falsches Datum für den ersten Bus." },
        { "de", "Gastbeiträge geben die Meinung des Autors wieder, nicht die der Redaktion." },
        { "es", "Fe de errores: en una versión anterior de esta noticia la fecha del primer autobús era incorrecta." },
        { "es", "Los artículos de opinión son de exclusiva responsabilidad de su autor." },
        { "it", "Rettifica: in una versione precedente di questo articolo la data del primo autobus era sbagliata." },
        { "it", "Le opinioni espresse sono di esclusiva responsabilità dell'autore." },
        { "pt", "Correção: numa versão anterior deste artigo, a data do primeiro autocarro estava errada." },
        { "pt", "As opiniões expressas são da exclusiva responsabilidade da autora." },
        { "nl", "Correctie: in een eerdere versie van dit artikel stond een verkeerde datum voor de eerste bus." },
        { "nl", "Deze column komt voor rekening van de auteur." },
        // An opinion page's note that its articles give their writers' point of view, or not the newsroom's.
        { "es", "Los artículos de opinión reflejan exclusivamente el punto de vista de sus autores." },
        { "es", "Las opiniones publicadas en esta sección expresan la opinión de su autor." },
        { "it", "Gli articoli di opinione riflettono esclusivamente il punto di vista dei loro autori." },
        { "pt", "Os artigos de opinião refletem apenas o ponto de vista dos seus autores." },
        { "en", "The opinions in this section reflect the views of their authors." },
        { "fr", "Les tribunes reflètent uniquement le point de vue de leurs auteurs." },
        { "fr", "Les tribunes publiées engagent leurs auteurs et ne reflètent pas nécessairement la position de la rédaction." },
        { "en", "The views expressed here do not necessarily reflect the views of the newspaper." },
        { "de", "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder." },
        { "nl", "Opiniestukken geven niet noodzakelijk het standpunt van de redactie weer." },
        { "it", "Le opinioni espresse non rappresentano necessariamente la posizione della redazione." },
        { "pt", "Os artigos de opinião não refletem necessariamente a linha editorial do jornal." },
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void ANoteUnderTheArticle_IsSetAside(string language, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language), note, "© Coastal Gazette");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == note && b.Kind == BoilerplateKind.Notice);
    }

    // The same words as the article's own last sentence (reported, or without a correction's label), or mid-article, stay.
    [Theory]
    [InlineData("en", "An earlier version of the plan had put the first stop beside the church, residents recalled.")]
    [InlineData("en", "\"The views expressed are his own,\" the party said of the councillor on Friday evening.")]
    [InlineData("fr", "Ces propos n'engagent que leur auteur, a répondu le parti dans un communiqué vendredi soir.")]
    [InlineData("de", "Das Schreiben gebe die Meinung des Verfassers wieder, sagte die Sprecherin am Freitag.")]
    [InlineData("es", "Una versión anterior del proyecto situaba la primera parada junto a la iglesia, recordaron los vecinos.")]
    [InlineData("nl", "Correctie: de eerste bus vertrekt om zes uur, niet om zeven uur, meldde de vervoerder later.")]
    [InlineData("en", "The orchard belongs to the village now. The crooked pear trees, he likes to say, are his own.")]
    [InlineData("fr", "Le maire jure que le pont rouvrira en mai. Une promesse qui n'engage que son auteur.")]
    [InlineData("es", "Según el juez, lo publicado en el foro es de exclusiva responsabilidad del autor y no del club.")]
    [InlineData("pt", "Eventuais mudanças no percurso ficam sob a responsabilidade exclusiva do autor do projeto.")]
    [InlineData("de", "Nur der Bürgermeister bleibt blass. Er gibt wohl am ehesten die Meinung des Autors wieder.")]
    [InlineData("en", "Correction: an earlier version of the bridge had been inspected by two engineers in 1990.")]
    [InlineData("es", "El alcalde defendió que el plan recoge el punto de vista de sus autores, los vecinos del barrio.")]
    [InlineData("en", "The report, the council said, gives the views of the author and not of the department.")]
    [InlineData("fr", "Le maire, lui, assure que ce projet ne reflète en rien la position de la rédaction du journal municipal.")]
    public void TheWordsInTheArticlesLastSentence_Stay(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], p[2], p[3], sentence, "© Coastal Gazette");

        Assert.Equal(new[] { p[1], p[2], p[3], sentence }, ArticleParser.Parse(page).Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("fr", "Les tribunes publiées dans cette rubrique n'engagent que leurs auteurs.")]
    [InlineData("pt", "As opiniões expressas são da exclusiva responsabilidade da autora.")]
    public void TheWordsMidArticle_Stay(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], sentence, p[2], p[3], Articles.Closing(language));

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == sentence);
    }
}
