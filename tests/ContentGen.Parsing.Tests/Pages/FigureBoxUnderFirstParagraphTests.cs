using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 60 (pages2): a box of four short blocks with no stop (a label over key figures, dates or questions) under the
/// article's first paragraph, with the article's last paragraphs under it, on a page with a menu over the headline. The
/// body's closing lines (BodyReader.BeforeTeaserTail) took four such lines after the last paragraph it counted as real
/// prose (BlockFacts.IsGood) for a list of related headlines, and set aside from the box's label on, the last paragraphs
/// with it, whenever those paragraphs were prose that did not count as good (short ones, as it and pt printed them) and no
/// line of the box reset the run ("1.200 metros" reads as a numbered item, which is why es and fr kept theirs). Prose that
/// ends on a stop under the box, on the article's subject, now shows the article goes on.
/// </summary>
public sealed class FigureBoxUnderFirstParagraphTests
{
    // The page the session's engineer probed: the shared articles' paragraphs, a label, three figure lines and a question.
    public static TheoryData<string, string, string[]> SharedBoxes() => new()
    {
        { "en", "The scheme in numbers", new[] { "48 new homes for rent", "3 years of building work", "120 trees to be planted", "What happens next?" } },
        { "fr", "Le projet en chiffres", new[] { "48 logements sociaux", "3 ans de travaux", "1.200 mètres de pistes cyclables", "Et maintenant ?" } },
        { "de", "Das Projekt in Zahlen", new[] { "48 neue Mietwohnungen", "3 Jahre Bauzeit", "120 neue Bäume", "Wie geht es weiter?" } },
        { "es", "El proyecto, en cifras", new[] { "48 viviendas de alquiler", "3 años de obras", "1.200 metros de carril bici", "¿Y ahora qué?" } },
        { "it", "Il progetto in cifre", new[] { "48 alloggi in affitto", "3 anni di cantiere", "120 alberi da piantare", "E adesso?" } },
        { "pt", "O projeto em números", new[] { "48 casas para arrendar", "3 anos de obras", "120 árvores a plantar", "E agora?" } },
        { "nl", "Het plan in cijfers", new[] { "48 huurwoningen", "3 jaar bouwen", "120 nieuwe bomen", "Hoe nu verder?" } },
    };

    [Theory]
    [MemberData(nameof(SharedBoxes))]
    public void ABoxUnderTheFirstParagraph_LeavesTheLastParagraphsInTheArticle(string language, string label, string[] lines)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", new[] { "Home | News | Sport | Opinion", "Subscribe | Log in", p[0], "Ana Robledo\n" + Articles.Dateline(language), p[1], label }
            .Concat(lines).Concat(new[] { p[2], p[3], "Share | Print" }));

        AssertKept(ArticleParser.Parse(page), p[0], p[1], p[2], p[3]);
    }

    // Other words: a box of key figures, a box of dates, a box of questions, with a label each, in every language.
    public static TheoryData<string, string, string, string, string, string[]> OwnBoxes() => new()
    {
        { "en", "Library opening hours will grow next winter", "The town library will stay open later on weekday evenings from January, after readers asked for more quiet places to study.", "The longer evenings will cost the council little, since volunteers will help the library staff.", "Readers can book study places online, and the library will review the evenings after one winter.", new[] { "Key figures", "6 extra hours a week", "2 new reading rooms", "900 more seats" } },
        { "en", "Library opening hours will grow next winter", "The town library will stay open later on weekday evenings from January, after readers asked for more quiet places to study.", "The longer evenings will cost the council little, since volunteers will help the library staff.", "Readers can book study places online, and the library will review the evenings after one winter.", new[] { "Dates", "January: longer evenings", "March: reading rooms open", "June: garden terrace" } },
        { "en", "Library opening hours will grow next winter", "The town library will stay open later on weekday evenings from January, after readers asked for more quiet places to study.", "The longer evenings will cost the council little, since volunteers will help the library staff.", "Readers can book study places online, and the library will review the evenings after one winter.", new[] { "Questions", "Who pays?", "Which days?", "What about Sundays?" } },
        { "fr", "La médiathèque ouvrira plus tard cet hiver", "La médiathèque restera ouverte plus tard en semaine dès janvier, après des demandes répétées de lecteurs qui cherchent des places pour étudier.", "Les soirées plus longues coûteront peu, car des bénévoles aideront le personnel de la médiathèque.", "Les lecteurs pourront réserver des places en ligne, et la médiathèque fera le bilan après un hiver.", new[] { "Chiffres clés", "6 heures de plus par semaine", "2 nouvelles salles de lecture", "900 places en plus" } },
        { "fr", "La médiathèque ouvrira plus tard cet hiver", "La médiathèque restera ouverte plus tard en semaine dès janvier, après des demandes répétées de lecteurs qui cherchent des places pour étudier.", "Les soirées plus longues coûteront peu, car des bénévoles aideront le personnel de la médiathèque.", "Les lecteurs pourront réserver des places en ligne, et la médiathèque fera le bilan après un hiver.", new[] { "Calendrier", "Janvier : soirées plus longues", "Mars : salles de lecture ouvertes", "Juin : terrasse du jardin" } },
        { "fr", "La médiathèque ouvrira plus tard cet hiver", "La médiathèque restera ouverte plus tard en semaine dès janvier, après des demandes répétées de lecteurs qui cherchent des places pour étudier.", "Les soirées plus longues coûteront peu, car des bénévoles aideront le personnel de la médiathèque.", "Les lecteurs pourront réserver des places en ligne, et la médiathèque fera le bilan après un hiver.", new[] { "Questions", "Qui paie ?", "Quels jours ?", "Et le dimanche ?" } },
        { "de", "Die Stadtbibliothek öffnet im Winter länger", "Die Stadtbibliothek bleibt ab Januar an Wochentagen abends länger geöffnet, nachdem Leser mehr ruhige Plätze zum Lernen verlangt hatten.", "Die längeren Abende kosten die Stadt wenig, weil freiwillige Helfer das Personal der Stadtbibliothek unterstützen.", "Leser können ihre Plätze online buchen, und die Stadtbibliothek zieht nach einem Winter Bilanz.", new[] { "Die wichtigsten Zahlen", "6 Stunden mehr pro Woche", "2 neue Lesesäle", "900 zusätzliche Plätze" } },
        { "de", "Die Stadtbibliothek öffnet im Winter länger", "Die Stadtbibliothek bleibt ab Januar an Wochentagen abends länger geöffnet, nachdem Leser mehr ruhige Plätze zum Lernen verlangt hatten.", "Die längeren Abende kosten die Stadt wenig, weil freiwillige Helfer das Personal der Stadtbibliothek unterstützen.", "Leser können ihre Plätze online buchen, und die Stadtbibliothek zieht nach einem Winter Bilanz.", new[] { "Termine", "Januar: längere Abende", "März: Lesesäle offen", "Juni: Gartenterrasse" } },
        { "de", "Die Stadtbibliothek öffnet im Winter länger", "Die Stadtbibliothek bleibt ab Januar an Wochentagen abends länger geöffnet, nachdem Leser mehr ruhige Plätze zum Lernen verlangt hatten.", "Die längeren Abende kosten die Stadt wenig, weil freiwillige Helfer das Personal der Stadtbibliothek unterstützen.", "Leser können ihre Plätze online buchen, und die Stadtbibliothek zieht nach einem Winter Bilanz.", new[] { "Fragen", "Wer zahlt?", "An welchen Tagen?", "Und am Sonntag?" } },
        { "es", "La biblioteca abrirá más horas este invierno", "La biblioteca municipal abrirá más tarde entre semana desde enero, después de que los lectores pidieran más lugares tranquilos para estudiar.", "Las tardes más largas costarán poco, porque voluntarios ayudarán al personal de la biblioteca.", "Los lectores podrán reservar plazas por internet, y la biblioteca hará balance después de un invierno.", new[] { "Datos clave", "6 horas más por semana", "2 salas de lectura nuevas", "900 plazas más" } },
        { "es", "La biblioteca abrirá más horas este invierno", "La biblioteca municipal abrirá más tarde entre semana desde enero, después de que los lectores pidieran más lugares tranquilos para estudiar.", "Las tardes más largas costarán poco, porque voluntarios ayudarán al personal de la biblioteca.", "Los lectores podrán reservar plazas por internet, y la biblioteca hará balance después de un invierno.", new[] { "Calendario", "Enero: tardes más largas", "Marzo: salas de lectura abiertas", "Junio: terraza del jardín" } },
        { "es", "La biblioteca abrirá más horas este invierno", "La biblioteca municipal abrirá más tarde entre semana desde enero, después de que los lectores pidieran más lugares tranquilos para estudiar.", "Las tardes más largas costarán poco, porque voluntarios ayudarán al personal de la biblioteca.", "Los lectores podrán reservar plazas por internet, y la biblioteca hará balance después de un invierno.", new[] { "Preguntas", "¿Quién paga?", "¿Qué días?", "¿Y los domingos?" } },
        { "it", "La biblioteca resterà aperta più a lungo in inverno", "La biblioteca comunale resterà aperta fino a tardi nei giorni feriali da gennaio, dopo che i lettori hanno chiesto più posti tranquilli per studiare.", "Le serate più lunghe costeranno poco, perché alcuni volontari aiuteranno il personale della biblioteca.", "I lettori potranno prenotare i posti online, e la biblioteca farà un bilancio dopo un inverno.", new[] { "I numeri chiave", "6 ore in più a settimana", "2 nuove sale di lettura", "900 posti in più" } },
        { "it", "La biblioteca resterà aperta più a lungo in inverno", "La biblioteca comunale resterà aperta fino a tardi nei giorni feriali da gennaio, dopo che i lettori hanno chiesto più posti tranquilli per studiare.", "Le serate più lunghe costeranno poco, perché alcuni volontari aiuteranno il personale della biblioteca.", "I lettori potranno prenotare i posti online, e la biblioteca farà un bilancio dopo un inverno.", new[] { "Le date", "Gennaio: serate più lunghe", "Marzo: sale di lettura aperte", "Giugno: terrazza del giardino" } },
        { "it", "La biblioteca resterà aperta più a lungo in inverno", "La biblioteca comunale resterà aperta fino a tardi nei giorni feriali da gennaio, dopo che i lettori hanno chiesto più posti tranquilli per studiare.", "Le serate più lunghe costeranno poco, perché alcuni volontari aiuteranno il personale della biblioteca.", "I lettori potranno prenotare i posti online, e la biblioteca farà un bilancio dopo un inverno.", new[] { "Le domande", "Chi paga?", "Quali giorni?", "E la domenica?" } },
        { "pt", "A biblioteca vai abrir mais horas no inverno", "A biblioteca municipal vai ficar aberta até mais tarde nos dias úteis a partir de janeiro, depois de os leitores pedirem mais lugares calmos para estudar.", "As noites mais longas vão custar pouco, porque voluntários vão ajudar o pessoal da biblioteca.", "Os leitores vão poder reservar lugares pela internet, e a biblioteca fará um balanço depois de um inverno.", new[] { "Números-chave", "6 horas a mais por semana", "2 novas salas de leitura", "900 lugares a mais" } },
        { "pt", "A biblioteca vai abrir mais horas no inverno", "A biblioteca municipal vai ficar aberta até mais tarde nos dias úteis a partir de janeiro, depois de os leitores pedirem mais lugares calmos para estudar.", "As noites mais longas vão custar pouco, porque voluntários vão ajudar o pessoal da biblioteca.", "Os leitores vão poder reservar lugares pela internet, e a biblioteca fará um balanço depois de um inverno.", new[] { "Datas", "Janeiro: noites mais longas", "Março: salas de leitura abertas", "Junho: esplanada do jardim" } },
        { "pt", "A biblioteca vai abrir mais horas no inverno", "A biblioteca municipal vai ficar aberta até mais tarde nos dias úteis a partir de janeiro, depois de os leitores pedirem mais lugares calmos para estudar.", "As noites mais longas vão custar pouco, porque voluntários vão ajudar o pessoal da biblioteca.", "Os leitores vão poder reservar lugares pela internet, e a biblioteca fará um balanço depois de um inverno.", new[] { "Perguntas", "Quem paga?", "Que dias?", "E ao domingo?" } },
        { "nl", "De bibliotheek gaat deze winter langer open", "De bibliotheek blijft vanaf januari op doordeweekse avonden langer open, nadat lezers om meer rustige plekken om te studeren hadden gevraagd.", "De langere avonden kosten de gemeente weinig, omdat vrijwilligers het personeel van de bibliotheek helpen.", "Lezers kunnen hun plekken online reserveren, en de bibliotheek maakt na een winter de balans op.", new[] { "Kerncijfers", "6 uur extra per week", "2 nieuwe leeszalen", "900 extra plekken" } },
        { "nl", "De bibliotheek gaat deze winter langer open", "De bibliotheek blijft vanaf januari op doordeweekse avonden langer open, nadat lezers om meer rustige plekken om te studeren hadden gevraagd.", "De langere avonden kosten de gemeente weinig, omdat vrijwilligers het personeel van de bibliotheek helpen.", "Lezers kunnen hun plekken online reserveren, en de bibliotheek maakt na een winter de balans op.", new[] { "Data", "Januari: langere avonden", "Maart: leeszalen open", "Juni: tuinterras" } },
        { "nl", "De bibliotheek gaat deze winter langer open", "De bibliotheek blijft vanaf januari op doordeweekse avonden langer open, nadat lezers om meer rustige plekken om te studeren hadden gevraagd.", "De langere avonden kosten de gemeente weinig, omdat vrijwilligers het personeel van de bibliotheek helpen.", "Lezers kunnen hun plekken online reserveren, en de bibliotheek maakt na een winter de balans op.", new[] { "Vragen", "Wie betaalt?", "Welke dagen?", "En op zondag?" } },
    };

    [Theory]
    [MemberData(nameof(OwnBoxes))]
    public void ABoxOfFiguresDatesOrQuestions_LeavesTheLastParagraphsInTheArticle(string language, string headline, string first, string second, string third, string[] box)
    {
        var page = string.Join("\n\n", new[] { "Home | News | Sport | Opinion", "Subscribe | Log in", headline, "Ana Robledo\n" + Articles.Dateline(language), first }
            .Concat(box).Concat(new[] { second, third, "Share | Print" }));

        AssertKept(ArticleParser.Parse(page), headline, first, second, third);
    }

    // Guards: a footer after the article's last paragraph (a related list, then a newsletter box or a rights line, or another
    // story's blurb on another subject) is still set aside.
    [Theory]
    [InlineData("Sign up to our newsletter to get the day's news every morning.")]
    [InlineData("© 2025 Valley News. All rights reserved.")]
    [InlineData("The football club has signed a young goalkeeper from a rival team for next season.")]
    public void ARelatedListAfterTheArticle_IsStillSetAside(string after)
    {
        var p = Articles.Of("en");
        var related = new[] { "Related stories", "Harbour wall to be raised before winter", "New cycle lanes for the old town", "Market hall reopens after repairs" };
        var page = string.Join("\n\n", new[] { "Home | News | Sport | Opinion", "Subscribe | Log in", p[0], "Ana Robledo\n" + Articles.Dateline("en"), p[1], p[2], p[3] }
            .Concat(related).Concat(new[] { after, "Share | Print" }));

        var article = ArticleParser.Parse(page);

        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.Equal(new[] { p[1], p[2], p[3] }, paragraphs);
        Assert.DoesNotContain(after, paragraphs);
    }

    private static void AssertKept(Article article, string headline, string first, string second, string third)
    {
        Assert.Equal(headline, article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.Contains(first, paragraphs);
        Assert.Contains(second, paragraphs);
        Assert.Contains(third, paragraphs);
        Assert.True(paragraphs.IndexOf(second) < paragraphs.IndexOf(third));
    }
}
