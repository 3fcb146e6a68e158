using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A comment button alone on its line under the byline's stack, over the share button ("Comenta" / "Compartir"): chrome,
/// never the article's first subheading, in every language that prints one there.
/// </summary>
public sealed class CommentButtonTests
{
    public static TheoryData<string, string, string, string, string> Pages() => new()
    {
        { "es", "La empresa repara dos de los cuatro pilares y el Ayuntamiento calcula que el retraso costará unos 90.000 euros", "El puente de Valdecina, desde la orilla norte. / D. V. A.", "Marta Gil\nValdecina\nMartes, 11 de marzo 2025, 07:55\nActualizado 10:12h.", "Comenta\nCompartir" },
        { "pt", "O empreiteiro repara dois dos quatro pilares e a câmara calcula que o atraso vai custar cerca de 90 mil euros", "A ponte de Vale de Sorva, vista da margem norte. / A. L.", "Ana Lopes\nVale de Sorva\nTerça-feira, 11 de março 2025, 07:55\nAtualizado 10:12h.", "Comentar\nPartilhar" },
        { "it", "L'impresa ripara due dei quattro piloni e il Comune calcola che il ritardo costerà circa 90.000 euro", "Il ponte di Roccalba visto dalla riva nord. / G. B.", "Paolo Neri\nRoccalba\nMartedì 11 marzo 2025, 07:55\nAggiornato 10:12", "Commenta\nCondividi" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void ACommentButtonUnderTheByline_HeadsNothing(string language, string deck, string caption, string byline, string buttons)
    {
        var p = Articles.Of(language);
        var button = buttons.Split('\n')[0];
        var page = string.Join("\n\n", "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion", "Comarca", "VALDECINA", p[0], deck, caption, byline, buttons, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Sections, s => s.Heading == button);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
