using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A newsletter or membership box with no e-mail field: the box's label, a short blurb that speaks to the reader, and a
/// button alone on the line under it ("Jetzt anmelden", "Suscríbete"). The blurb is the box's, never the article's; a
/// paragraph of the article glued over such a button, which speaks to no reader, stays.
/// </summary>
public sealed class SignUpButtonBlurbTests
{
    public static TheoryData<string, string, string> Boxes() => new()
    {
        { "de", "Newsletter\nDer Morgen im Lindenhainer Tal: Die wichtigsten Nachrichten aus Ihrer Region – jeden Morgen kostenlos per E-Mail.", "Jetzt anmelden" },
        { "es", "Boletín\nLas noticias de tu comarca, cada mañana en tu correo y sin coste.", "Suscríbete" },
        { "en", "Support us\nOur reporters cover every council meeting in the valley. If you value local news, help us keep it free.", "Become a member" },
        { "it", "Newsletter\nLe notizie della valle ogni mattina nella tua casella di posta, gratis.", "Iscriviti" },
        { "pt", "Apoie-nos\nO nosso jornal vive dos leitores. Se gosta do que fazemos, ajude-nos a continuar.", "Assine já" },
        { "nl", "Nieuwsbrief\nElke ochtend het nieuws uit jouw regio, gratis in je mailbox.", "Meld je aan" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void ABlurbOverItsButton_IsNoParagraph(string language, string blurb, string button)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion", p[0], "11.03.2025", p[1], p[2], p[3], blurb + "\n" + button, "Impressum  Datenschutz  Kontakt");

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The article's paragraph glued over a button speaks to no reader: it stays in the body.
    [Theory]
    [InlineData("de", "Die Gemeinde will die Anmeldung für die Kita vereinfachen, und die Eltern können ihre Kinder ab Montag online anmelden.", "Jetzt anmelden")]
    [InlineData("es", "La cooperativa cuenta ya con 400 socios, y la asamblea aprobó el lunes abrir el plazo para nuevas altas hasta junio.", "Hazte socio")]
    public void AParagraphOverAButton_StaysInTheBody(string language, string paragraph, string button)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion", p[0], "11.03.2025", p[1], p[2], paragraph + "\n" + button, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(paragraph, article.Paragraphs.Select(x => x.Text));
    }
}
