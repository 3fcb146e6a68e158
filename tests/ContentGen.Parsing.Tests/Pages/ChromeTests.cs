using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Each language's page chrome is set aside: skip links, share bars, "read also" links, reading
/// times, sign-up and cookie prompts, rights notices, previous and next links, author boxes and
/// what follows an article's end; the article's own paragraphs all stay.
/// </summary>
public sealed class ChromeTests
{
    public static TheoryData<string, string[], string[]> Chrome() => new()
    {
        {
            "en",
            new[] { "Skip to main content", "Share Tweet Email X", "5 min read", "Read also: Ferry fares rise again", "Previous article" },
            new[] { "Support our journalism: donate now", "© Coastal Gazette 2024. All rights reserved.", "About the author" }
        },
        {
            "fr",
            new[] { "Aller au contenu principal", "Partager Imprimer", "Temps de lecture : 3 min", "Lire aussi : Le pont rouvre en mai", "Article précédent" },
            new[] { "Inscrivez-vous à notre newsletter", "Faire un don", "Tous droits réservés", "À propos de l'auteur" }
        },
        {
            "de",
            new[] { "Zum Inhalt springen", "Teilen Drucken", "Lesezeit: 3 Minuten", "Lesen Sie auch: Neue Buslinie zum Hafen", "Vorheriger Artikel" },
            new[] { "Jetzt abonnieren und unterstützen Sie unsere Arbeit", "Alle Rechte vorbehalten", "Über den Autor" }
        },
        {
            "es",
            new[] { "Saltar al contenido", "Compartir Imprimir", "Tiempo de lectura: 3 min", "Leer también: El mercado amplía su horario", "Artículo anterior" },
            new[] { "Suscríbete a nuestro boletín", "Todos los derechos reservados", "Sobre el autor" }
        },
        {
            "it",
            new[] { "Vai al contenuto", "Condividi Stampa", "Tempo di lettura: 3 minuti", "Leggi anche: Nuovo orario per il mercato", "Articolo precedente" },
            new[] { "Iscriviti alla newsletter", "Riproduzione riservata", "L'autore" }
        },
        {
            "pt",
            new[] { "Ir para o conteúdo", "Partilhar Pesquisar", "Tempo de leitura: 3 min", "Leia também: Mercado abre ao domingo", "Artigo anterior" },
            new[] { "Assine já e apoie o jornalismo local", "Todos os direitos reservados", "Sobre o autor" }
        },
        {
            "nl",
            new[] { "Naar de inhoud", "Delen Printen", "Leestijd: 3 minuten", "Lees ook: Nieuwe buslijn naar de haven", "Vorig artikel" },
            new[] { "Meld je aan voor de nieuwsbrief", "Alle rechten voorbehouden", "Over de auteur" }
        },
    };

    [Theory]
    [MemberData(nameof(Chrome))]
    public void ChromeAroundTheArticle_IsSetAside(string language, string[] top, string[] bottom)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", new[] { paragraphs[0] }.Concat(top).Concat(paragraphs.Skip(1)).Concat(bottom));
        var article = ArticleParser.Parse(page);

        Assert.Equal(paragraphs[0], article.Title);
        Assert.Equal(paragraphs.Skip(1), article.Paragraphs.Select(p => p.Text));
        var kept = top.Concat(bottom).Where(line => !article.Boilerplate.Any(b => b.Text == line));
        Assert.Empty(kept);
    }

    // A "read more" box's label alone on its line, between the article's paragraphs, is chrome, not a subheading.
    [Theory]
    [InlineData("fr", "Pour aller plus loin")]
    [InlineData("fr", "En savoir plus")]
    [InlineData("en", "Further reading")]
    [InlineData("en", "Find out more")]
    [InlineData("de", "Zum Weiterlesen")]
    [InlineData("de", "Mehr erfahren")]
    [InlineData("es", "Para saber más")]
    [InlineData("it", "Per approfondire")]
    [InlineData("it", "Per saperne di più")]
    [InlineData("pt", "Saiba mais")]
    [InlineData("pt", "Para saber mais")]
    [InlineData("nl", "Meer weten")]
    [InlineData("nl", "Lees verder")]
    public void AReadMoreLabel_BetweenParagraphs_IsChrome(string language, string label)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], label, p[3]));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Contains(article.Boilerplate, b => b.Text == label);
    }

    [Theory]
    [InlineData("fr", "Par")]
    [InlineData("fr", "Article rédigé par")]
    [InlineData("en", "By")]
    public void BylineLeadAlone_IsSetAsideAsAByline(string language, string lead)
    {
        var paragraphs = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs[0], paragraphs[1], lead, paragraphs[2], paragraphs[3]));

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(new Boilerplate(lead, BoilerplateKind.Byline, article.Boilerplate[0].Position), Assert.Single(article.Boilerplate));
    }

    [Theory]
    [InlineData("fr", "VOS COMMENTAIRES")]
    [InlineData("en", "Your comments")]
    public void CommentSectionOpener_EndsTheArticle(string language, string opener)
    {
        var paragraphs = Articles.Of(language);
        var comment = "I have been waiting for this for years and I am very glad the council finally listened to us.";
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3], opener, comment));

        Assert.Equal(paragraphs.Skip(1), article.Paragraphs.Select(p => p.Text));
        Assert.All(article.Boilerplate, b => Assert.Equal(BoilerplateKind.Trailer, b.Kind));
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void LinkLineInTheBody_IsSetAside_AndTheArticleRunsOn(string language)
    {
        var link = language switch
        {
            "en" => "Read also: Ferry fares rise again",
            "fr" => "À lire aussi : Le pont rouvre en mai",
            "de" => "Lesen Sie auch: Neue Buslinie zum Hafen",
            "es" => "Lee también: El mercado amplía su horario",
            "it" => "Leggi anche: Nuovo orario per il mercato",
            "pt" => "Leia também: Mercado abre ao domingo",
            _ => "Lees ook: Nieuwe buslijn naar de haven",
        };
        var paragraphs = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs[0], paragraphs[1], link, paragraphs[2], paragraphs[3]));

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal(BoilerplateKind.Navigation, Assert.Single(article.Boilerplate).Kind);
    }

    [Theory]
    [InlineData("en", "Follow us on social media", "See comments")]
    [InlineData("fr", "Retour en haut de page", "Voir les commentaires")]
    [InlineData("fr", "Suivez nous", "Sur le même thème")]
    [InlineData("de", "Folgen Sie uns", "Kommentare anzeigen")]
    [InlineData("es", "Síguenos", "Ver comentarios")]
    [InlineData("it", "Seguici", "Vedi i commenti")]
    [InlineData("pt", "Siga-nos", "Ver comentários")]
    [InlineData("nl", "Volg ons", "Bekijk reacties")]
    public void FollowLinks_AreChrome_AndACommentsLink_EndsTheArticle(string language, string follow, string comments)
    {
        var p = Articles.Of(language);
        var comment = "I have been waiting for this for years and I am very glad the council finally listened to us.";
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], Articles.Closing(language), p[1], p[2], follow, p[3], comments, comment));

        Assert.Equal(new[] { Articles.Closing(language), p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Navigation, Assert.Single(article.Boilerplate, b => b.Text == follow).Kind);
        Assert.Equal(BoilerplateKind.Trailer, Assert.Single(article.Boilerplate, b => b.Text == comment).Kind);
    }

    // lynx draws a form's fields and a page's rules with underscores: a newsletter box's field between
    // two paragraphs, or a rule under the article, is no text of it, whatever the language of its label.
    [Theory]
    [InlineData("en", "Your email address ____________________")]
    [InlineData("fr", "Votre adresse e-mail ____________________")]
    [InlineData("de", "Ihre E-Mail-Adresse ____________________")]
    [InlineData("es", "Tu correo electrónico ____________________")]
    [InlineData("it", "Il tuo indirizzo ____________________")]
    [InlineData("pt", "O seu endereço ____________________")]
    [InlineData("nl", "Uw adres ____________________")]
    public void FormFieldsAndRules_InTheBody_AreChrome(string language, string field)
    {
        var p = Articles.Of(language);
        var rule = "____________________________________________________________";
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], field, p[2], p[3], rule));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Equal(new[] { field, rule }, article.Boilerplate.Select(b => b.Text));
    }

    // A dump prints an image's alt text and its caption on one line: the same words twice over.
    [Theory]
    [InlineData("en", "The harbour wall at low tide")]
    [InlineData("fr", "Les arrestations ont eu lieu à la frontière")]
    [InlineData("de", "Die Hafenmauer bei Ebbe")]
    [InlineData("es", "El muelle norte al atardecer")]
    [InlineData("it", "Il ponte sul fiume in costruzione")]
    [InlineData("pt", "A barragem de Itaporã em obras")]
    [InlineData("nl", "De nieuwe woningen aan de haven")]
    public void ADoubledCaption_BetweenParagraphs_IsACaption(string language, string caption)
    {
        var p = Articles.Of(language);
        var doubled = caption + " " + caption;
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], doubled, p[2], p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Equal(BoilerplateKind.Caption, Assert.Single(article.Boilerplate).Kind);
    }

    // A name said twice, or a sentence that only opens like the next, is no doubled caption.
    [Theory]
    [InlineData("New York New York")]
    [InlineData("The bridge reopens today The bridge reopens in May")]
    public void TextThatOnlyRepeatsInPart_IsNoDoubledCaption(string text)
        => Assert.False(ContentGen.Parsing.Structure.PageLines.IsDoubled(text));
}
