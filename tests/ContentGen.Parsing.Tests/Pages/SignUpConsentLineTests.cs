using System.Linq;
using ContentGen.Parsing;
using Xunit;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 53's fresh pages: the consent line printed under a sign-up form inside the article ("We use your sign-up to …",
/// "En vous inscrivant, vous acceptez …") is the form's, as the form is; an article's sentence about someone's sign-up
/// is the article's.
/// </summary>
public sealed class SignUpConsentLineTests
{
    [Theory]
    [InlineData("en", "We use your sign-up to send you the stories you asked for. See our privacy notice.")]
    [InlineData("fr", "En vous inscrivant, vous acceptez notre politique de confidentialité.")]
    [InlineData("de", "Mit Ihrer Anmeldung akzeptieren Sie unsere Datenschutzerklärung.")]
    [InlineData("es", "Al suscribirte aceptas nuestra política de privacidad.")]
    [InlineData("it", "Iscrivendoti accetti la nostra informativa sulla privacy.")]
    [InlineData("pt", "Ao subscrever a newsletter aceita a nossa política de privacidade.")]
    [InlineData("nl", "Door je aan te melden ga je akkoord met ons privacybeleid.")]
    public void AConsentLineUnderASignUpForm_IsThePages(string language, string consent)
    {
        var p = Articles.Of(language);
        var box = "Newsletter\nEmail   Subscribe\n" + consent;
        var page = string.Join("\n\n", "Home\nNews\nSport\nCulture", p[0], "12/03/2025 11:40", p[1], p[2], box, p[3], Articles.Closing(language), "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains(consent));
        Assert.Contains(article.Paragraphs, x => x.Text == p[3]);
    }

    // Someone else's sign-up, or the phrase's words in another order, is the article's sentence.
    [Theory]
    [InlineData("en", "The club said the sign-up sheet for next season's junior teams would open on the first of June.")]
    [InlineData("de", "Mit ihrer Anmeldung haben die Eltern noch bis Freitag Zeit, sagte die Leiterin der Schule am Abend.")]
    [InlineData("es", "Al registrarte en la sede electrónica del ayuntamiento recibirás el código de acceso en el móvil.")]
    [InlineData("it", "Iscrivendoti al registro dei volontari entro venerdì potrai partecipare ai turni di pulizia del parco.")]
    [InlineData("nl", "Door je aan te melden bij de gemeente krijg je vanaf maart een eigen moestuin aan de dijk.")]
    [InlineData("en", "Volunteers said your sign-up on the day was enough to join the litter pick along the river.")]
    public void AnArticlesSentenceAboutASignUp_IsTheArticles(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nCulture", p[0], "12/03/2025 11:40", p[1], p[2], sentence, p[3], Articles.Closing(language), "© 2025");

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == sentence);
    }
}
