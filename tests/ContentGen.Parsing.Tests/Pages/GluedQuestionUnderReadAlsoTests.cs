using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Past a "read also" box's first link, a question that opens with a conjunction ("¿Y los fines de semana?") goes on from
/// the article's text: a page printed without blank lines glues it under the link as it glues a link's blurb, but it is
/// neither another link nor the link's blurb. A short sentence under the link stays the link's blurb.
/// </summary>
public sealed class GluedQuestionUnderReadAlsoTests
{
    // language | label | the linked story's headline | the article's question, opening with a conjunction
    public static TheoryData<string, string, string, string> Boxes() => new()
    {
        { "en", "Related", "Teachers at the valley school vote to strike over pay next month", "And what about the weekends?" },
        { "fr", "À lire aussi", "Le marché couvert rouvrira ses portes avant la fin de l'été", "Et le week-end ?" },
        { "de", "Lesen Sie auch", "Neue Fähre soll ab dem Herbst zweimal täglich zur Insel fahren", "Und am Wochenende?" },
        { "es", "Noticia relacionada", "Los vecinos del valle recogen cuatro mil firmas por el centro de salud", "¿Y los fines de semana?" },
        { "it", "Leggi anche", "Il mercato coperto riaprirà prima della fine dell'estate prossima", "E nel fine settimana?" },
        { "pt", "Leia também", "Mercado municipal vai abrir também aos domingos a partir de maio", "E aos fins de semana?" },
        { "nl", "Lees ook", "Overdekte markt gaat voor het einde van de zomer weer open", "En in het weekend?" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void AQuestionOpeningWithAConjunction_UnderTheLink_IsTheArticles(string language, string label, string linked, string question)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n", "Menu", p[0], p[1], p[2], label, linked, question, closing, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Boilerplate, b => b.Text == linked);
        Assert.DoesNotContain(article.Boilerplate, b => b.Text == question);
        Assert.Contains(article.Paragraphs, x => x.Text == closing);
    }

    // Guard: a short sentence under the link is its blurb, the box's.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void AShortSentenceUnderTheLink_StaysItsBlurb(string language, string label, string linked, string question)
    {
        _ = question;
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var blurb = language switch
        {
            "en" => "The vote closes on Friday.",
            "fr" => "Le vote se termine vendredi.",
            "de" => "Die Abstimmung endet am Freitag.",
            "es" => "La votación termina el viernes.",
            "it" => "Il voto si chiude venerdì.",
            "pt" => "A votação termina na sexta.",
            _ => "De stemming sluit vrijdag.",
        };
        var page = string.Join("\n", "Menu", p[0], p[1], p[2], label, linked, blurb, closing, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Boilerplate, b => b.Text == blurb);
        Assert.Contains(article.Paragraphs, x => x.Text == closing);
    }

    // Guard: only a question that opens with a conjunction goes on from the article. A question with
    // no conjunction ("Who pays?") and a sentence that opens with one but asks nothing stay the blurb.
    [Theory]
    [InlineData("Who pays?")]
    [InlineData("And the vote closes Friday.")]
    public void AQuestionOrAConjunctionAlone_UnderTheLink_StaysItsBlurb(string blurb)
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var page = string.Join("\n", "Menu", p[0], p[1], p[2], "Related", "Teachers at the valley school vote to strike over pay next month", blurb, closing, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Boilerplate, b => b.Text == blurb);
        Assert.Contains(article.Paragraphs, x => x.Text == closing);
    }
}
