using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A player's button between headline and byline that goes on past its label ("Listen to this article and hundreds more
/// in the app") is chrome, not the title nor a deck (session 18's N2); a second writer after a comma and a co-author's
/// word ("Par Yann Kervella, avec Anaïs Doré à Nantes") is read, while an agency, a desk, a noun phrase or a body after
/// that word stays out.
/// </summary>
public sealed class ButtonLineAndCoAuthorTests
{
    [Theory]
    [InlineData("en", "Listen to this article and hundreds more in the Coastal Gazette app")]
    [InlineData("fr", "Écouter cet article avec votre abonnement au Courrier")]
    [InlineData("it", "Ascolta l'articolo con la nostra app gratuita")]
    [InlineData("nl", "Luister naar dit artikel in de app van de krant")]
    public void AListenButtonThatGoesOn_IsChrome_NotTheTitle(string language, string button)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "Home | News | Sport | Weather", p[0], button, "Jane Roe\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == button);
    }

    [Theory]
    [InlineData("Share prices at the harbour fall for a third week")]
    [InlineData("Latest news from the harbour board meeting")]
    [InlineData("Dernière minute : le pont de Saint-Aubin fermé")]
    [InlineData("Últimas noticias sobre el temporal en la costa")]
    [InlineData("Listen to this: the harbour choir sings again after ten years")]
    public void AHeadlineOrASentenceThatOpensWithAButtonsWords_IsNoChrome(string line)
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Coastal Gazette", "Home | News | Sport | Weather", line, "Jane Roe\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(line, article.Title);
    }

    [Theory]
    [InlineData("Par Yann Kervella, avec Anaïs Doré à Nantes", "Yann Kervella; Anaïs Doré")]
    [InlineData("Par Yann KERVELLA, avec Anaïs DORÉ à Nantes", "Yann KERVELLA; Anaïs DORÉ")]
    [InlineData("Por Ana Vidal, con Luis Mora en Villaverde", "Ana Vidal; Luis Mora")]
    public void ASecondWriterAfterACommaAndACoAuthorsWord_IsRead(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Par Jeanne Roux, avec AFP", "Jeanne Roux")]
    [InlineData("By Jane Roe, with Agencies", "Jane Roe")]
    [InlineData("Von Anna Berg, mit Material von dpa", "Anna Berg")]
    [InlineData("By Jane Roe with additional reporting by Tom Poe", "Jane Roe")]
    [InlineData("By Jane Roe with Harbour Police", "Jane Roe")]
    [InlineData("Por Ana Vidal, con información de Agencia Norte", "Ana Vidal")]
    [InlineData("Door Eva Mol, met medewerking van Sem Bakker", "Eva Mol")]
    public void AnAgencyADeskOrAPhraseAfterTheCoAuthorsWord_IsNoWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));
}
