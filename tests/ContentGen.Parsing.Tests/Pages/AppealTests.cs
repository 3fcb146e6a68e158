using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A paragraph-long appeal for subscriptions or donations, or an agency's notice to its subscribers,
/// is set aside in every language; the article's own paragraphs stay.
/// </summary>
public sealed class AppealTests
{
    [Theory]
    [InlineData("en", "This article is free to read because we think it matters to public debate. But journalism costs money, so please consider supporting us by subscribing today.")]
    [InlineData("fr", "Cet article vous est offert parce que ces faits comptent pour la vie du quartier. Mais le journalisme a un coût : pensez à nous soutenir en vous abonnant.")]
    [InlineData("fr", "Le site ne reprend qu'un court résumé de quelques-unes des dépêches que l'agence envoie à ses clients. Contactez-nous pour vous abonner.")]
    [InlineData("de", "Dieser Artikel ist frei zugänglich, weil er für die öffentliche Debatte wichtig ist. Aber Journalismus kostet Geld: Unterstützen Sie uns mit einem Abonnement.")]
    [InlineData("es", "Este artículo es de acceso libre por su importancia para el debate público. Pero el periodismo cuesta dinero: apóyanos con una suscripción.")]
    [InlineData("it", "Questo articolo è libero perché è importante per il dibattito pubblico. Ma il giornalismo ha un costo: sostienici con un abbonamento.")]
    [InlineData("pt", "Este artigo é de acesso livre pela sua importância para o debate público. Mas o jornalismo custa dinheiro: apoie-nos com uma assinatura.")]
    [InlineData("nl", "Dit artikel is vrij te lezen omdat het belangrijk is voor het publieke debat. Maar journalistiek kost geld: steun ons met een abonnement.")]
    public void AppealAfterTheArticle_IsSetAside(string language, string appeal)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], appeal));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Navigation, Assert.Single(article.Boilerplate).Kind);
    }

    // A newsroom asks its readers for tips and stories: "Do you have a story for us? Email …".
    [Theory]
    [InlineData("en", "Do you have a story for us? Email news@coastalgazette.example or message us on WhatsApp.")]
    [InlineData("fr", "Une info à nous signaler ? Écrivez-nous à redaction@courrier-estuaire.example.")]
    [InlineData("de", "Haben Sie einen Hinweis für uns? Schreiben Sie an redaktion@nordstaedter.example.")]
    [InlineData("es", "¿Tienes una historia que contar? Escríbenos a redaccion@diariodellitoral.example.")]
    [InlineData("it", "Hai una segnalazione per noi? Scrivici a redazione@gazzettadivalmora.example.")]
    [InlineData("pt", "Tem uma história para contar? Envie-nos um e-mail para redacao@jornaldaribeira.example.")]
    [InlineData("nl", "Heb je een tip? Mail ons via redactie@dagbladvandekust.example.")]
    public void ANewsroomsCallForTips_IsSetAside(string language, string appeal)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], appeal));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Navigation, Assert.Single(article.Boilerplate).Kind);
    }

    // A newsletter box's fine print: what the reader agrees to, and that they may leave at any time.
    [Theory]
    [InlineData("en", "By entering your email address you agree to receive our newsletter. You can unsubscribe at any time using the link in every email.")]
    [InlineData("fr", "En laissant votre adresse, vous acceptez de recevoir la lettre de Harbour Infos chaque soir. Il reste possible de vous désinscrire à tout moment.")]
    [InlineData("fr", "Harbour Infos se sert de votre adresse pour vous écrire chaque samedi. Libre à vous de vous désabonner à tout moment, en un clic.")]
    [InlineData("de", "Mit Ihrer Anmeldung erhalten Sie unseren Newsletter jeden Morgen. Sie können ihn jederzeit abbestellen.")]
    [InlineData("es", "Al introducir tu dirección aceptas recibir nuestro boletín cada mañana. Puedes darte de baja en cualquier momento.")]
    [InlineData("it", "Inserendo il tuo indirizzo accetti di ricevere la nostra newsletter ogni mattina. Puoi disiscriverti in qualsiasi momento.")]
    [InlineData("pt", "Ao indicar o seu endereço aceita receber a nossa newsletter todas as manhãs. Pode cancelar a subscrição a qualquer momento.")]
    [InlineData("nl", "Met je aanmelding ontvang je elke ochtend onze nieuwsbrief. Je kunt je op elk moment afmelden via de link onderaan.")]
    public void ANewslettersFinePrint_IsSetAside(string language, string notice)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], notice));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Navigation, Assert.Single(article.Boilerplate).Kind);
    }

    // A long paragraph that opens on a quotation of an appeal's words is the story's: a slogan on the poster the story is about,
    // with no verb of saying after it. The opening mark is what keeps it (the same words unquoted are the next theory's).
    [Theory]
    [InlineData("en", "\"Journalism costs money.\" That was the line printed on every poster the weekly put up along the harbour road during its long winter campaign.")]
    [InlineData("fr", "« Le journalisme a un coût. » Voilà la phrase imprimée sur chaque affiche que l'hebdomadaire a collée le long du port pendant sa longue campagne d'hiver.")]
    [InlineData("de", "„Journalismus kostet Geld.“ Dieser Satz stand auf jedem Plakat, das die Wochenzeitung während ihrer langen Winterkampagne entlang der Hafenstraße aufhängte.")]
    [InlineData("es", "«El periodismo cuesta dinero.» Esa era la frase impresa en cada cartel que el semanario colgó junto al puerto durante su larga campaña de invierno.")]
    [InlineData("it", "«Il giornalismo ha un costo.» Era la frase stampata su ogni manifesto che il settimanale aveva affisso lungo il porto durante la sua lunga campagna invernale.")]
    [InlineData("pt", "«O jornalismo custa dinheiro.» Era a frase impressa em cada cartaz que o semanário afixou junto ao porto durante a sua longa campanha de inverno.")]
    [InlineData("nl", "„Journalistiek kost geld.” Dat was de zin op elke affiche die het weekblad tijdens zijn lange wintercampagne langs de havenweg ophing.")]
    public void AQuotedSloganOpeningALongParagraph_Stays(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]));

        Assert.Contains(paragraph, article.Paragraphs.Select(x => x.Text));
    }

    // Guard for the theory above: the same paragraph with no quotation marks reads as the site's appeal and is set aside.
    [Theory]
    [InlineData("en", "Journalism costs money. That was the line printed on every poster the weekly put up along the harbour road during its long winter campaign.")]
    [InlineData("fr", "Le journalisme a un coût. Voilà la phrase imprimée sur chaque affiche que l'hebdomadaire a collée le long du port pendant sa longue campagne d'hiver.")]
    [InlineData("de", "Journalismus kostet Geld. Dieser Satz stand auf jedem Plakat, das die Wochenzeitung während ihrer langen Winterkampagne entlang der Hafenstraße aufhängte.")]
    [InlineData("es", "El periodismo cuesta dinero. Esa era la frase impresa en cada cartel que el semanario colgó junto al puerto durante su larga campaña de invierno.")]
    [InlineData("it", "Il giornalismo ha un costo. Era la frase stampata su ogni manifesto che il settimanale aveva affisso lungo il porto durante la sua lunga campagna invernale.")]
    [InlineData("pt", "O jornalismo custa dinheiro. Era a frase impressa em cada cartaz que o semanário afixou junto ao porto durante a sua longa campanha de inverno.")]
    [InlineData("nl", "Journalistiek kost geld. Dat was de zin op elke affiche die het weekblad tijdens zijn lange wintercampagne langs de havenweg ophing.")]
    public void TheSameParagraphUnquoted_IsSetAside(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]));

        Assert.DoesNotContain(paragraph, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == paragraph && b.Kind == BoilerplateKind.Navigation);
    }

    // A police appeal inside the story is the story's: it stays.
    [Theory]
    [InlineData("en", "Police have asked anyone who saw the crash to contact them on 101, quoting the incident number.")]
    [InlineData("fr", "Les gendarmes lancent un appel à témoins et invitent toute personne ayant vu l'accident à les contacter.")]
    public void APoliceAppealInTheStory_Stays(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]));

        Assert.Contains(paragraph, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "The council said the cost of the buses would be shared, and that residents could support the plan by writing to their councillor before the vote in May.")]
    [InlineData("fr", "Le conseil a précisé que le coût serait partagé, et que les habitants pourraient soutenir le projet en écrivant à leur élu avant le vote de mai.")]
    public void ParagraphAboutSupportOrCost_Stays(string language, string paragraph)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], paragraph, p[3]));

        Assert.Contains(paragraph, article.Paragraphs.Select(x => x.Text));
    }
}
