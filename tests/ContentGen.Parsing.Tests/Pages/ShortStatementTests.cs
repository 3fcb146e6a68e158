using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// On a dumped page, what stands above the article's first long paragraph was furniture unless it read as prose (six
/// words) or a lede (five): on a page of short paragraphs the first long one may stand far down, and a short statement
/// of the article above it ("Die Führung kostet nichts.", "La plaza es municipal.") was set aside. Once the article's
/// prose has begun, a line of three or four words that reads as a sentence is the article's; buttons stay chrome.
/// </summary>
public sealed class ShortStatementTests
{
    private static string Page(string language, string menu, string headline, string stamps, string opening, string statement, string paragraph)
        => string.Join("\n\n", menu, headline, stamps, opening, statement, paragraph, Articles.Closing(language));

    [Theory]
    [InlineData("de", "Startseite | Region | Sport\nAbo", "Freibad Weilrode öffnet erst im Juli", "Von Katrin Möller\n14.03.2025, 18:05 Uhr",
        "Die Sanierung des Beckens in Weilrode dauert länger als geplant.", "Die Führung kostet nichts.",
        "Das Freibad wird in diesem Jahr erst am 1. Juli öffnen, weil im Becken Risse entdeckt wurden, die vor dem Sommer repariert werden müssen, sagt der Bürgermeister.")]
    [InlineData("es", "Portada | Local | Deportes\nSuscríbete", "La plaza de abastos estrena toldos", "Por Inés Varela\n14/03/2025 - 19:05",
        "Los puestos de la plaza de abastos tendrán sombra este verano por primera vez.", "La plaza es municipal.",
        "El Ayuntamiento pagará los toldos con el presupuesto de mantenimiento, y los comerciantes se encargarán de abrirlos y cerrarlos cada día según el tiempo que haga.")]
    [InlineData("nl", "Home | Nieuws | Regio\nAbonneren", "Jachthaven Zeewijk krijgt zestig nieuwe ligplaatsen", "Door Sanne Vermeer\n14 maart 2025, 09:12",
        "De gemeenteraad heeft donderdagavond ingestemd met de uitbreiding van de haven.", "Niet iedereen is blij.",
        "Bewoners van de Havenkade vrezen voor meer drukte en lawaai in de zomer, en zij willen dat de gemeente eerst een parkeerplan maakt voordat de eerste steigers worden gelegd.")]
    public void AShortStatement_OnceTheArticleHasBegun_IsTheArticles(string language, string menu, string headline, string stamps, string opening, string statement, string paragraph)
    {
        var article = ArticleParser.Parse(Page(language, menu, headline, stamps, opening, statement, paragraph));

        Assert.Equal(headline, article.Title);
        Assert.Contains(statement, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(opening, article.Paragraphs[0].Text);
    }

    // Guards: buttons and labels with a full stop stay the page's, as two-word sentences and lines of figures do.
    [Theory]
    [InlineData("Alle Bilder ansehen.")]
    [InlineData("Karte anzeigen.")]
    [InlineData("Galerie öffnen.")]
    [InlineData("Hier klicken.")]
    [InlineData("Leggi tutto.")]
    [InlineData("Vedi tutte le foto.")]
    [InlineData("Lesezeit: 3 Minuten.")]
    [InlineData("Mehr lesen.")]
    [InlineData("Dieser Inhalt ist blockiert.")]
    [InlineData("Die Anzeige wird geladen.")]
    [InlineData("Sie sind offline.")]
    [InlineData("This content is blocked.")]
    [InlineData("Este contenido está bloqueado.")]
    [InlineData("El directo ha terminado.")]
    [InlineData("Contenido para suscriptores.")]
    [InlineData("Ce contenu est bloqué.")]
    public void AButtonWithAFullStop_StaysThePages(string button)
    {
        var page = Page("de", "Startseite | Region | Sport\nAbo", "Freibad Weilrode öffnet erst im Juli", "Von Katrin Möller\n14.03.2025, 18:05 Uhr",
            "Die Sanierung des Beckens in Weilrode dauert länger als geplant.", button,
            "Das Freibad wird in diesem Jahr erst am 1. Juli öffnen, weil im Becken Risse entdeckt wurden, die vor dem Sommer repariert werden müssen, sagt der Bürgermeister.");

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(button, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == button);
    }
}
