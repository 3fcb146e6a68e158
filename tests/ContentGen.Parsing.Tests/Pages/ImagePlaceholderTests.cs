using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A plain-text e-mail (a forwarded newsletter, a text-only edition) cannot show a picture and prints its word and alt
/// text in brackets instead ("[Image: …]", "[Imagem: …]", "[Bild: …]"): nobody's text. An editor's note in brackets
/// opens on another word and is the article's.
/// </summary>
public sealed class ImagePlaceholderTests
{
    [Theory]
    [InlineData("en", "[Image: The footbridge on the morning it reopened]")]
    [InlineData("en", "[Photo: Volunteers at the new station]")]
    [InlineData("fr", "[Image : La passerelle le jour de sa réouverture]")]
    [InlineData("de", "[Bild: Die Fußgängerbrücke am Tag der Wiedereröffnung]")]
    [InlineData("es", "[Imagen: La pasarela el día de su reapertura]")]
    [InlineData("it", "[Immagine: La passerella nel giorno della riapertura]")]
    [InlineData("pt", "[Imagem: A ponte pedonal no dia da reabertura]")]
    [InlineData("nl", "[Foto: De voetbrug op de dag van de heropening]")]
    public void AnImagesStandIn_BetweenParagraphs_IsSetAside(string language, string line)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], line, closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == line);
    }

    // An editor's note, an update or a correction in brackets is the article's text.
    [Theory]
    [InlineData("en", "[Update: The council confirmed the vote on Wednesday evening.]")]
    [InlineData("en", "[Editor's note: This story was updated on Wednesday with the council's reply.]")]
    [InlineData("fr", "[Note de la rédaction : cet article a été mis à jour mercredi.]")]
    [InlineData("de", "[Anmerkung der Redaktion: Der Text wurde am Mittwoch ergänzt.]")]
    [InlineData("es", "[Nota del editor: este artículo se actualizó el miércoles.]")]
    [InlineData("it", "[Nota della redazione: l'articolo è stato aggiornato mercoledì.]")]
    [InlineData("pt", "[Correção: a ponte reabriu no sábado, e não no domingo.]")]
    [InlineData("nl", "[Correctie: de brug ging zaterdag open, niet zondag.]")]
    public void AnEditorsNoteInBrackets_Stays(string language, string note)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], p[2], note, p[3]));

        Assert.Contains(note, article.Paragraphs.Select(x => x.Text));
    }
}
