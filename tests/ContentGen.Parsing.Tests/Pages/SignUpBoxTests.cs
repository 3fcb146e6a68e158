using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A newsletter box is printed as one group of lines: an opener ("Newsletter", "Sign up for …"), a
/// blurb, the e-mail field with its button, and often fine print under it. The field gives the box
/// away whatever the blurb says; the article's paragraphs around a box all stay.
/// </summary>
public sealed class SignUpBoxTests
{
    public static TheoryData<string, string[]> Boxes() => new()
    {
        { "en", new[] { "Sign up for The Morning Post", "The stories Riverside is talking about, delivered every weekday at 6", "a.m.", "Your email address Sign up", "We will never share your details." } },
        { "en", new[] { "Newsletter", "The best of the coast, every Friday.", "Email address Subscribe" } },
        { "fr", new[] { "Newsletter", "Recevez chaque matin l'essentiel de l'actualité de l'estuaire.", "Votre adresse e-mail Je m'inscris", "Vous pouvez vous désinscrire à tout moment." } },
        { "de", new[] { "Newsletter", "Das Wichtigste aus der Region, jeden Morgen.", "Ihre E-Mail-Adresse Anmelden", "Die Abmeldung ist jederzeit möglich." } },
        { "es", new[] { "Boletín", "Las noticias del puerto, cada mañana.", "Tu correo electrónico Suscribirme" } },
        { "it", new[] { "Newsletter", "Le notizie della valle ogni mattina.", "Il tuo indirizzo email Invia" } },
        { "pt", new[] { "Newsletter", "Receba todas as manhãs as principais notícias da região.", "O seu e-mail Subscrever" } },
        { "nl", new[] { "Nieuwsbrief", "Het nieuws uit de regio, elke ochtend.", "Je e-mailadres Inschrijven", "Afmelden kan altijd." } },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void ANewsletterBox_AfterTheArticle_IsSetAsideWhole(string language, string[] box)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], p[3], string.Join("\n", box));
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        var setAside = string.Join(" ", article.Boilerplate.Select(b => b.Text));
        Assert.Equal(string.Join(" ", box), setAside);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void ANewsletterBox_BetweenParagraphs_LeavesTheArticleWhole(string language, string[] box)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], string.Join("\n", box), p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(string.Join(" ", box), string.Join(" ", article.Boilerplate.Select(b => b.Text)));
    }

    // A sign-up notice wrapped over lines (a dump's lines go on mid-sentence) is one notice, set aside whole.
    [Theory]
    [InlineData("en", "To stay up to date with the stories that matter to you, sign up for our\nnewsletter and get the best of the day in your inbox every evening.")]
    [InlineData("fr", "Pour suivre la vie du port et de la vallée sans rien rater en route,\ninscrivez-vous à la lettre de Harbour Infos et recevez chaque soir,\ndans votre boîte mail, le meilleur de nos reportages.")]
    [InlineData("de", "Damit Sie nichts verpassen, erhalten Sie das Wichtigste aus der Region\njeden Morgen in Ihrem Postfach: jetzt anmelden und informiert bleiben.")]
    [InlineData("es", "Para no perderte nada de lo que pasa en el puerto y en la comarca,\nsuscríbete y recibe cada mañana las noticias en tu bandeja de entrada.")]
    [InlineData("it", "Per non perdere nessuna notizia della valle e dei suoi paesi, iscriviti\ne ricevi ogni mattina il meglio della giornata nella tua casella.")]
    [InlineData("pt", "Para não perder nada do que acontece na região, subscreva a newsletter e\nreceba todas as manhãs as principais notícias no seu e-mail.")]
    [InlineData("nl", "Wil je niets missen van wat er in de regio gebeurt? Meld je aan en\nontvang elke ochtend het belangrijkste nieuws in je mailbox.")]
    public void ASignUpNotice_WrappedOverLines_IsSetAsideWhole(string language, string notice)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], notice));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(notice.Replace('\n', ' '), string.Join(" ", article.Boilerplate.Select(b => b.Text)));
        Assert.All(article.Boilerplate, b => Assert.Equal(BoilerplateKind.Navigation, b.Kind));
    }

    // A paragraph of the article that speaks of a newsletter is longer than any notice, and a short one
    // names one sign-up word at most: both stay.
    [Theory]
    [InlineData("The council said its newsletter, which is posted to every household in the district four times a year, would carry the full timetable of the night buses, along with a map of the routes and of the stops that will be served after midnight from April.")]
    [InlineData("The bakery on Quay Street, famous for its cookies, says the night buses will bring it customers after the last show at the theatre.")]
    public void AParagraphAboutANewsletterOrCookies_Stays(string paragraph)
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]));

        Assert.Equal(new[] { p[1], paragraph.Replace('\n', ' '), p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Empty(article.Boilerplate);
    }

    [Theory]
    [InlineData("Votre adresse e-mail Je m'inscris")]
    [InlineData("Your email address")]
    [InlineData("____________________ Votre adresse-email")]
    [InlineData("Ihre E-Mail-Adresse")]
    [InlineData("Je e-mailadres Inschrijven")]
    public void AnEmailField_IsAField(string line) => Assert.True(SignUpBoxes.IsEmailField(line));

    // A heading or a sentence about e-mail is no form field.
    [Theory]
    [InlineData("L'e-mail qui a tout changé")]
    [InlineData("The email that started it all")]
    [InlineData("Send your address by email.")]
    [InlineData("LinkedIn email")]
    [InlineData("Facebook Twitter Email Print")]
    public void TextAboutEmail_IsNoField(string line) => Assert.False(SignUpBoxes.IsEmailField(line));
}
