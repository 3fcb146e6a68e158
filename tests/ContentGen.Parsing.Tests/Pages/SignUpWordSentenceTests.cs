using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Sign-up chrome speaks to the reader or tells the reader what to do ("Sign up for our newsletter",
/// "Wir verwenden Cookies", "Faites un don"); an article's sentence that happens to hold one of its
/// words tells about others ("Residents can sign up for a library card", "Die Nachbarn unterstützen sie").
/// Such a sentence, alone as a paragraph or starting a line inside one, stays in the body.
/// </summary>
public sealed class SignUpWordSentenceTests
{
    [Theory]
    [InlineData("en", "Residents can sign up for a new library card at the front desk or online.")]
    [InlineData("en", "Cookie sales at the old bakery rose by a third last year, the owner said.")]
    [InlineData("en", "The school will send a newsletter to every family before the end of term.")]
    [InlineData("fr", "Les habitants peuvent faire un don de vêtements chauds à l'association jusqu'à la fin du mois.")]
    [InlineData("fr", "Les riverains peuvent s'abonner aux alertes du chantier pour suivre les derniers aménagements.")]
    [InlineData("de", "Die Nachbarn unterstützen sie seit Jahren mit Spenden aus ihren Gärten.")]
    public void ASentenceAboutOthers_WithASignUpWord_StaysAsAParagraph(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Empty(article.Boilerplate);
    }

    // A dump starts a line wherever the width ran out: here the line after a full stop opens a new
    // sentence with the sign-up word, and is judged alone, before its paragraph is put together.
    [Theory]
    [InlineData("en", "The refit cost four million pounds, most of it from the council's budget.", "Cookie jars from the old staff room are now on show in the entrance", "hall, where the librarian says they deserve a place of honour.")]
    [InlineData("fr", "Les commerçants ont retrouvé leurs places sous la charpente repeinte.", "L'association des commerçants a prévu de faire un don de deux mille euros à", "l'école voisine, qui avait accueilli le marché pendant les travaux.")]
    [InlineData("de", "Die neue Halle ist dreimal so groß wie die alte und hat einen Kühlraum.", "Die Nachbarn unterstützen sie seit Jahren mit Spenden aus ihren eigenen", "Gärten, vor allem im Sommer mit Äpfeln, Bohnen und Zucchini.")]
    public void ALineOpeningASentenceWithASignUpWord_StaysInItsParagraph(string language, string first, string second, string third)
    {
        var p = Articles.Of(language);
        var wrapped = string.Join("\n", first, second, third);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], wrapped, p[2], p[3]));

        Assert.Equal(new[] { p[1], string.Join(" ", first, second, third), p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Empty(article.Boilerplate);
    }

    // The chrome these words were listed for still goes: it addresses the reader, or opens with the call itself.
    [Theory]
    [InlineData("en", "Sign up for our newsletter to get the best local stories every morning.")]
    [InlineData("en", "We use cookies to give you the best experience of this website.")]
    [InlineData("en", "The best of the Valley Courier, delivered in your inbox every morning.")]
    [InlineData("fr", "Inscrivez-vous à la newsletter pour recevoir l'essentiel de l'actualité locale.")]
    [InlineData("fr", "Pour soutenir une information locale et indépendante, faites un don dès aujourd'hui.")]
    [InlineData("fr", "L'essentiel de l'actualité de la région chaque matin dans votre boîte mail.")]
    [InlineData("fr", "Chaque soir, retrouvez les nouvelles du port dans votre boite mail.")]
    [InlineData("de", "Wir verwenden Cookies, um die Nutzung der Seite für alle zu verbessern.")]
    [InlineData("de", "Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.")]
    [InlineData("de", "Unterstützen Sie unabhängigen Lokaljournalismus mit einem kleinen Beitrag im Monat.")]
    [InlineData("es", "Suscríbete y recibe cada mañana las noticias más importantes de la comarca.")]
    [InlineData("nl", "Meld je aan en ontvang elke ochtend het belangrijkste nieuws uit de regio.")]
    public void SignUpChrome_ThatAddressesTheReader_IsStillSetAside(string language, string chrome)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], chrome, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == chrome);
    }
}
