using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 20's page shapes: the article's closing section under its own subheading after an in-article call to the
/// reader or a photo's credit (kept, where a teaser's headline glued to its blurb or under another link's label stays
/// out); a section numbered "3." that is no comment count; "continues after the advertisement" lines, related-article
/// labels over their headlines and link labels drawn after a pictograph; notes that the piece was corrected; a print
/// or broadcast notice with a compound edition word; Portuguese questions opening on "O que"; a writer's e-mail address
/// after the byline's name. All names and sentences invented.
/// </summary>
public sealed class InArticleInsertsTests
{
    // A call to the reader that a page prints inside the article: a sign-up or an appeal line, set aside as chrome.
    private static string Call(string language) => language switch
    {
        "en" => "Sign up for the Coastal Gazette newsletter",
        "fr" => "Recevez notre newsletter chaque matin",
        "de" => "Jetzt den Newsletter abonnieren",
        "es" => "Suscríbete a nuestra newsletter",
        "it" => "Iscriviti alla newsletter della Gazzetta",
        "pt" => "Assine a nossa newsletter",
        _ => "Meld je aan voor onze newsletter",
    };

    // A subheading and a short closing section of two sentences, as an article ends.
    private static (string Heading, string Text) Section(string language) => language switch
    {
        "en" => ("Tickets and times", "The first bus leaves the depot at half past eleven every night. Tickets cost the same as by day and can be bought from the driver."),
        "fr" => ("Horaires et tarifs", "Le premier bus quittera le dépôt à vingt-trois heures trente chaque soir. Les billets coûteront le même prix qu'en journée et seront vendus à bord."),
        "de" => ("Fahrplan und Preise", "Der erste Bus verlässt das Depot jeden Abend um halb zwölf. Die Fahrkarten kosten so viel wie am Tag und sind beim Fahrer erhältlich."),
        "es" => ("Horarios y precios", "El primer autobús saldrá de la cochera a las once y media de cada noche. Los billetes costarán lo mismo que de día y se venderán a bordo."),
        "it" => ("Orari e biglietti", "Il primo autobus partirà dal deposito ogni sera alle undici e mezza. I biglietti costeranno come di giorno e si potranno comprare a bordo."),
        "pt" => ("Horários e bilhetes", "O primeiro autocarro vai sair da garagem todas as noites às onze e meia. Os bilhetes vão custar o mesmo que de dia e podem ser comprados a bordo."),
        _ => ("Tijden en kaartjes", "De eerste nachtbus vertrekt elke avond om half twaalf uit de remise. Een kaartje kost evenveel als overdag en is te koop bij de chauffeur."),
    };

    private static string Page(string language, params string[] after)
    {
        var p = Articles.Of(language);
        var parts = new List<string> { "Coastal Gazette", "Home | News | Sport | Weather", p[0], "Jane Roe\n12/03/2024 08:15", p[1], p[2], p[3] };
        parts.AddRange(after);
        parts.Add("© Coastal Gazette 2024");
        return string.Join("\n\n", parts);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void AClosingSectionUnderItsSubheading_AfterACallToTheReader_StaysTheArticles(string language)
    {
        var (heading, text) = Section(language);

        var article = ArticleParser.Parse(Page(language, Call(language), heading, text));

        Assert.Contains(article.Sections, s => s.Heading == heading);
        Assert.Equal(text, article.Paragraphs[^1].Text);
        Assert.Contains(article.Boilerplate, b => b.Text == Call(language));
    }

    [Theory]
    [InlineData("en", "Photo: Tom Brackley/Coastal Gazette")]
    [InlineData("de", "Foto: Radio Westerhall/Jan Berg")]
    [InlineData("fr", "Crédit photo : Studio Ardoise / Marc Le Bihan")]
    [InlineData("it", "Foto: Ufficio stampa / Luca Neri")]
    public void AClosingSectionUnderItsSubheading_AfterAPhotosCredit_StaysTheArticles(string language, string credit)
    {
        var (heading, text) = Section(language);

        var article = ArticleParser.Parse(Page(language, credit, heading, text));

        Assert.Contains(article.Sections, s => s.Heading == heading);
        Assert.Equal(text, article.Paragraphs[^1].Text);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TeaserCardsGluedToTheirBlurbs_AfterACallToTheReader_StayOut(string language)
    {
        var p = Articles.Of(language);
        var (heading, text) = Section(language);

        var article = ArticleParser.Parse(Page(language, Call(language), heading + "\n" + text, p[0] + "\n" + text));

        Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains(text, StringComparison.Ordinal));
        Assert.DoesNotContain(article.Sections, s => s.Heading == heading);
    }

    [Theory]
    [InlineData("en", "Next article")]
    [InlineData("it", "Articolo successivo")]
    [InlineData("es", "Artículo siguiente")]
    public void AStorysHeadlineUnderANextArticleLabel_WithItsBlurb_StaysOut(string language, string label)
    {
        var (heading, text) = Section(language);

        var article = ArticleParser.Parse(Page(language, "Tags: buses, night, council", label + "\n" + heading, text));

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == text);
    }

    [Theory]
    [InlineData("3. Comment venir ?")]
    [InlineData("2. Comments from the floor")]
    public void ANumberedSectionsHeading_IsNoCommentCount(string line)
        => Assert.False(Terminators.IsTerminator(line.AsSpan()));

    [Theory]
    [InlineData("3 Comments")]
    [InlineData("24 réponses")]
    [InlineData("0 Commentaire(s)")]
    public void ACommentCount_StillEndsTheArticle(string line)
        => Assert.True(Terminators.IsTerminator(line.AsSpan()));

    [Theory]
    [InlineData("en", "Story continues below advertisement")]
    [InlineData("fr", "La suite après cette publicité")]
    [InlineData("de", "Weiterlesen nach der Anzeige")]
    [InlineData("pt", "Continua depois da publicidade")]
    [InlineData("fr", "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)")]
    [InlineData("en", "Click to share on WhatsApp (Opens in new window)")]
    [InlineData("pt", "Ouça este artigo")]
    [InlineData("fr", "J'aime chargement…")]
    [InlineData("pt", "📲 Participe do canal do Jornal da Costa no WhatsApp")]
    public void AnAdvertsOrAButtonsLine_BetweenParagraphs_IsChrome(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line, Articles.Closing(language)));

        Assert.Contains(article.Boilerplate, b => b.Text == line && b.Kind == BoilerplateKind.Navigation);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("La suite après cette réunion sera décidée en mars.")]
    [InlineData("Story continues below the surface of the old harbour, where divers found the wreck.")]
    [InlineData("Ouça este artigo do regulamento antes de votar, pediu o vereador.")]
    public void ASentenceThatOpensWithThoseWords_IsNoChrome(string line)
        => Assert.Null(BoilerplateLines.ClassifyLine(line.AsSpan()));

    [Theory]
    [InlineData("➡️ Leia também: Santa Clara amplia o horário do posto de saúde")]
    [InlineData("▶ Lesen Sie auch: Neue Buslinie verbindet Altstadt und Hafen")]
    [InlineData("| Lire aussi : le port de Saint-Aubin change de gérant")]
    public void ALinkLabelDrawnAfterAPictograph_OpensALinkLine(string line)
        => Assert.True(BoilerplateLines.StartsLinkLine(line.AsSpan()));

    [Theory]
    [InlineData("➡️ Sur le même sujet, le maire n'a pas souhaité s'exprimer.")]
    [InlineData("🚌 The first night bus leaves at midnight.")]
    [InlineData("± 30 % des habitants ont voté pour le projet.")]
    public void APictographBeforeASentence_OpensNoLinkLine(string line)
        => Assert.False(BoilerplateLines.StartsLinkLine(line.AsSpan()));

    [Theory]
    [InlineData("es", "Noticia relacionada", "El puerto de Arenales cierra el muelle sur por obras")]
    [InlineData("es", "Más información", "Los fareros que quedan en la costa norte")]
    [InlineData("it", "Ti potrebbe interessare", "Castelbruno, il mercato torna in piazza")]
    [InlineData("nl", "Meer over dit onderwerp:", "Gemeente wil meer laadpalen in oude wijken")]
    [InlineData("de", "Lesen Sie mehr zum Thema", "Neue Buslinie verbindet Altstadt und Hafen")]
    [InlineData("en", "RELATED COVERAGE", "Council delays vote on harbour fees until spring")]
    public void ARelatedArticlesLabelOverItsHeadline_IsChrome_AndTheNextSubheadingHeads(string language, string label, string headline)
    {
        var p = Articles.Of(language);
        var (heading, text) = Section(language);
        var page = string.Join("\n\n", "Coastal Gazette", "Home | News | Sport | Weather", p[0], "Jane Roe\n12/03/2024 08:15", p[1], p[2],
            label + "\n" + headline, heading, text, p[3], "© Coastal Gazette 2024");

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains(headline, StringComparison.Ordinal));
        Assert.Contains(article.Sections, s => s.Heading == heading);
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("en", "This article was amended on 6 May 2024 to correct the year the bridge opened.")]
    [InlineData("fr", "Cet article a été corrigé le 6 mai 2024 : le pont a ouvert en 1911, et non en 1921.")]
    [InlineData("de", "Dieser Artikel wurde korrigiert: Die Brücke wurde 1911 eröffnet, nicht 1921.")]
    [InlineData("nl", "Dit artikel is gecorrigeerd: de brug ging in 1911 open, niet in 1921.")]
    public void ANoteThatThePieceWasCorrected_ClosingTheArticle_IsANotice(string language, string note)
    {
        var article = ArticleParser.Parse(Page(language, note));

        Assert.Contains(article.Boilerplate, b => b.Text == note && b.Kind == BoilerplateKind.Notice);
        Assert.Equal(Articles.Of(language)[3], article.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("en", "This article was amended by the council in 2019, and the new rule on night buses takes effect in May.")]
    [InlineData("fr", "Cet article a été modifié par l'Assemblée en 2019, et la nouvelle règle entrera en vigueur en mai.")]
    [InlineData("de", "Dieser Artikel wurde vom Landtag 2019 geändert, die neue Regel gilt ab Mai.")]
    public void AClosingSentenceAboutALawsArticle_StaysTheArticles(string language, string closing)
    {
        var article = ArticleParser.Parse(Page(language, closing));

        Assert.Equal(closing, article.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("Dit verhaal verscheen eerder in het zomernummer van Noorderlicht Magazine.")]
    [InlineData("Dieser Beitrag erschien zuerst in der Samstagsausgabe des Kreisboten.")]
    [InlineData("Über dieses Thema hat Radio Westerhall auch im Hörfunk berichtet: Westerhall am Morgen, 06.02.2025.")]
    public void APrintOrBroadcastNotice_WithACompoundEditionWord_IsANotice(string line)
        => Assert.True(PrintNotices.IsPrintNotice(line.AsSpan(), ContentGen.Parsing.Text.Words.Count(line)));

    [Theory]
    [InlineData("Über dieses Thema hat der Stadtrat lange gestritten, bevor er im Mai abstimmte.")]
    [InlineData("Dit verhaal verscheen eerder in een andere vorm, toen de veerpont nog door de gemeente werd gevaren.")]
    public void AClosingSentenceThatOpensAsANotice_IsNoNotice(string line)
        => Assert.False(PrintNotices.IsPrintNotice(line.AsSpan(), ContentGen.Parsing.Text.Words.Count(line)));

    [Fact]
    public void APortugueseQuestionOnOQue_HeadsItsSection()
    {
        var p = Articles.Of("pt");
        var page = string.Join("\n\n", "Jornal da Costa", "Início | Região | Desporto", p[0], "Ana Costa\n12/03/2024 08:15", p[1], p[2],
            "O que muda para as famílias?", p[3], Articles.Closing("pt"), "© Jornal da Costa 2024");

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Sections, s => s.Heading == "O que muda para as famílias?");
    }

    [Theory]
    [InlineData("By Dana Whitcomb dwhitcomb@example.org", "Dana Whitcomb")]
    [InlineData("By Anne Roux anne.roux@example.org", "Anne Roux")]
    [InlineData("Por Lucía Ferrán lferran@example.org", "Lucía Ferrán")]
    [InlineData("By Dana Whitcomb and Tom Reyes treyes@example.org", "Dana Whitcomb; Tom Reyes")]
    public void AWritersEmailAfterTheName_EndsTheByline(string line, string expected)
    {
        Assert.True(PageLines.IsBylineOrDate(line));
        Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));
    }

    [Theory]
    [InlineData("By email to news@example.org")]
    [InlineData("By the Tribune newsroom news@example.org")]
    public void AnAddressWithoutAPersonsName_GivesNoWriter(string line)
        => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Night buses will reach the valley villages from April | Gazzetta di Valmora", "Gazzetta di Valmora", "Gazzetta di Valmora")]
    [InlineData("Night buses will reach the valley villages from April - The Riverside Post", "Riverside", "The Riverside Post")]
    public void AHeadlinesCopyWithItsSiteName_AboveTheHeadline_GivesTheSource(string copy, string masthead, string source)
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", copy + "\n" + masthead + "\nHome | News | Sport", p[0], "Jane Roe\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(source, article.Source);
    }

    [Theory]
    [InlineData("Night buses will reach the valley villages from April | Politics", "Coastal Gazette")]
    [InlineData("Night buses will reach the valley villages from April | Weather Desk", "Coastal Gazette")]
    public void AHeadlinesCopyWithASectionsName_GivesNoSource(string copy, string masthead)
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", copy + "\n" + masthead + "\nHome | News | Sport", p[0], "Jane Roe\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        // The masthead under the copy is the page's source (session 57's convention), not the section's name.
        Assert.Equal(masthead, article.Source);
    }

    [Theory]
    [InlineData("it", "Luca Neri\nAggiornato alle 18:22\n5 febbraio 2025", "Luca Neri")]
    [InlineData("en", "Jane Roe\nUpdated 3 hrs ago\n12 March 2024", "Jane Roe")]
    [InlineData("es", "Lucía Ferrán\nActualizado a las 18:22\n5 de febrero de 2025", "Lucía Ferrán")]
    public void AWritersNameOverAnUpdateStampWithoutADate_OverTheDateline_SignsTheArticle(string language, string lines, string expected)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "Home | News | Sport | Weather", p[0], lines, p[1], p[2], p[3]);

        Assert.Equal(expected, ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("en", "By Dana Whitcomb", "Dana Whitcomb covers city government for the Gazette. Reach her at 555-0142.")]
    [InlineData("fr", "Par Hélène Morvan", "Hélène Morvan suit l'actualité du pays de Saint-Ivy depuis 2018.")]
    [InlineData("de", "Von Katrin Aßmann", "Katrin Aßmann schreibt seit 2019 über die Stadtwerke und den Hafen.")]
    public void ANoteOnTheBylinesWriter_ClosingTheArticle_IsTheWritersBox(string language, string byline, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "Home | News | Sport | Weather", p[0], byline + "\n12/03/2024 08:15", p[1], p[2], p[3], note);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[3], article.Paragraphs[^1].Text);
        Assert.Contains(article.Boilerplate, b => b.Text == note);
    }

    [Theory]
    [InlineData("en", "By Dana Whitcomb", "Dana Whitcomb, the council's clerk, said the timetable would be posted at every stop.")]
    [InlineData("en", "By Dana Whitcomb", "Tom Whitcomb covers the night shift at the depot and says the buses are always full.")]
    [InlineData("fr", "Par Hélène Morvan", "Hélène Morvan-Le Goff, adjointe aux transports, suivra les travaux jusqu'à l'été.")]
    public void AClosingParagraphOnSomeoneElse_OrWithTheNameInApposition_StaysTheArticles(string language, string byline, string closing)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "Home | News | Sport | Weather", p[0], byline + "\n12/03/2024 08:15", p[1], p[2], p[3], closing);

        Assert.Equal(closing, ArticleParser.Parse(page).Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("en", "Sign up for our morning newsletter", "Ferry fares frozen for another year", "The harbour board kept fares at last year's level for foot passengers. Cars will pay a pound more from June.")]
    [InlineData("en", "Most read", "Ferry fares frozen for another year", "The harbour board kept fares at last year's level for foot passengers. Cars will pay a pound more from June.")]
    [InlineData("fr", "Inscrivez-vous à notre newsletter", "Qui sommes-nous ?", "Le Courrier du Val est un journal indépendant fondé en 1998. Il est financé par ses lecteurs et ses abonnés.")]
    [InlineData("de", "Jetzt den Newsletter abonnieren", "Über uns", "Der Kreisbote berichtet seit 1950 über das Leben im Landkreis. Die Redaktion sitzt in der Altstadt von Kleinhafen.")]
    public void AnUnlabelledCardOrASitesBlurb_UnderAFootersLine_StaysOut(string language, string footer, string heading, string blurb)
    {
        var article = ArticleParser.Parse(Page(language, footer, heading, blurb));

        Assert.DoesNotContain(article.Paragraphs, x => x.Text == blurb);
        Assert.DoesNotContain(article.Sections, s => s.Heading == heading);
    }

    [Theory]
    [InlineData("pt", "📲 O canal da câmara no WhatsApp recebeu trezentas mensagens de moradores na primeira semana.")]
    [InlineData("pt", "«Participe do canal da associação», pediu a presidente aos moradores do bairro.")]
    public void AnArticlesSentenceOnAChannel_StaysTheArticles(string language, string line)
    {
        var article = ArticleParser.Parse(Page(language, line, Articles.Closing(language)));

        Assert.Contains(article.Paragraphs, x => x.Text == line);
    }
}
