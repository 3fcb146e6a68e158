using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page printed without blank lines glues a "read also" box (its label and the other stories' headlines) to the
/// article's next paragraph. A box is printed the same for each of its links: when a headline stands right under a
/// headline, its links have no blurbs, so a short sentence under the last headline is the article going on, not a
/// blurb. And a question that opens with a conjunction ("And what …?", "¿Y qué …?") goes on from the text above it: no
/// linked headline.
/// </summary>
public sealed class ReadAlsoBoxEndTests
{
    // label | first headline | second headline | the article's short sentence | its question opening with a conjunction
    public static TheoryData<string, string, string, string, string, string> Boxes() => new()
    {
        { "en", "Read also", "New ferry planned for the island by the summer", "Harbour fees rise for the first time in ten years", "The quay has forty berths.", "And who will pay for the new pontoon in the end?" },
        { "fr", "Lire aussi", "Un nouveau bac prévu pour l'île d'ici l'été", "Les taxes du port augmentent pour la première fois", "Le quai compte quarante places.", "Et qui paiera le nouveau ponton à la fin ?" },
        { "de", "Lesen Sie auch", "Neue Fähre zur Insel soll bis zum Sommer kommen", "Hafengebühren steigen zum ersten Mal seit zehn Jahren", "Der Kai hat vierzig Liegeplätze.", "Und wer bezahlt am Ende den neuen Steg?" },
        { "es", "Leer también", "Un nuevo ferri para la isla antes del verano", "Las tasas del puerto suben por primera vez en diez años", "El muelle tiene cuarenta amarres.", "¿Y quién pagará al final el nuevo pantalán?" },
        { "it", "Leggi anche", "Un nuovo traghetto per l'isola entro l'estate", "Le tariffe del porto salgono per la prima volta", "La banchina ha quaranta posti.", "E chi pagherà alla fine il nuovo pontile?" },
        { "pt", "Leia também", "Novo ferry para a ilha até ao verão", "Taxas do porto sobem pela primeira vez em dez anos", "O cais tem quarenta lugares.", "E quem vai pagar no fim o novo pontão?" },
        { "nl", "Lees ook", "Nieuwe veerboot naar het eiland voor de zomer", "Havengelden stijgen voor het eerst in tien jaar", "De kade heeft veertig ligplaatsen.", "En wie betaalt uiteindelijk de nieuwe steiger?" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void AShortSentence_UnderABoxOfBareHeadlines_IsTheArticles(string language, string label, string first, string second, string sentence, string question)
    {
        _ = question;
        var p = Articles.Of(language);
        var page = string.Join("\n", Menu(language), p[0], p[1], p[2], label, first, second, sentence, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], sentence, p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains(second, System.StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void AQuestionOpeningWithAConjunction_UnderABox_IsTheArticles(string language, string label, string first, string second, string sentence, string question)
    {
        _ = sentence;
        var p = Articles.Of(language);
        var page = string.Join("\n", Menu(language), p[0], p[1], p[2], label, first, second, question, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], question, p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a box whose headlines each carry a short blurb keeps them all, blurbs too, out of the article.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void ABoxOfHeadlinesWithBlurbs_StaysWhole(string language, string label, string first, string second, string sentence, string question)
    {
        _ = question;
        var p = Articles.Of(language);
        var page = string.Join("\n", Menu(language), p[0], p[1], p[2], label, first, sentence, second, sentence, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a linked headline that asks, with no conjunction before it or right under the label, is still the box's.
    [Theory]
    [InlineData("en", "Read also", "Who will pay for the new pontoon?")]
    [InlineData("es", "Leer también", "¿Quién pagará el nuevo pantalán?")]
    [InlineData("pt", "Leia também", "O que muda com o novo pontão?")]
    [InlineData("es", "Leer también", "¿Y si el ferri no llega a tiempo?")]
    [InlineData("en", "Read also", "And what if the ferry never comes?")]
    public void AQuestionHeadline_WithNoConjunction_StaysTheBoxs(string language, string label, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", Menu(language), p[0], p[1], p[2], label, headline, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    private static string Menu(string language) => language switch
    {
        "en" => "Home | News | Sport",
        "fr" => "Accueil | Actualités | Sport",
        "de" => "Startseite | Nachrichten | Sport",
        "es" => "Portada | Noticias | Deportes",
        "it" => "Home | Cronaca | Sport",
        "pt" => "Início | Notícias | Desporto",
        _ => "Home | Nieuws | Sport",
    };
}
