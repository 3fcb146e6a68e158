using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A notice that the article also ran in print ("Cet article est paru dans l'édition du …", "Print edition: this
/// interview appeared in …") is the page's, not the article's: it opens with its own words, after a short label at
/// most. A sentence of the article that only mentions a story appearing somewhere stays.
/// </summary>
public sealed class PrintEditionNoticeTests
{
    [Theory]
    [InlineData("en", "Print edition: this article appeared in the Weekend section of 9 March 2024.")]
    [InlineData("en", "A version of this story appeared in print on 10 March 2024, on page 12.")]
    [InlineData("fr", "Cet article est paru dans l'édition du Courrier du Val du 12 mars 2024.")]
    [InlineData("fr", "Cet entretien est paru dans notre édition papier du samedi 9 mars.")]
    [InlineData("fr", "Ce reportage est paru dans le numéro 87 de Marée Haute, en kiosque jusqu'au 3 avril.")]
    [InlineData("es", "Esta entrevista se publicó en la edición impresa del 10 de marzo de 2024.")]
    [InlineData("it", "Questo articolo è uscito sull'edizione cartacea del 10 marzo 2024.")]
    [InlineData("pt", "Esta reportagem foi publicada na edição impressa de 10 de março de 2024.")]
    [InlineData("de", "Dieses Interview erschien in der Printausgabe vom 10. März 2024.")]
    [InlineData("nl", "Dit interview verscheen eerder in de papieren krant van zaterdag.")]
    // Review s18: a notice that quotes the headline it ran under in print.
    [InlineData("fr", "Cet article est paru dans l'édition papier du 14 mars 2024, sous le titre « La digue rouvre enfin aux promeneurs du dimanche ».")]
    [InlineData("en", "This article appeared in the print edition of 9 March 2024 under the headline \"Ferry crews walk out over winter rota\".")]
    public void PrintEditionNotice_UnderTheArticle_IsSetAside(string language, string notice)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], notice));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == notice && b.Kind == BoilerplateKind.Notice);
    }

    // The same words in the article's own sentences, between its paragraphs and as its last.
    [Theory]
    [InlineData("en", "When this story appeared in the valley's weekly last spring, the bus company promised a new timetable within a month.")]
    [InlineData("en", "The weekly's print edition will shrink to four days a week from June, its publisher told staff on Monday.")]
    [InlineData("fr", "Depuis que cet article est paru dans la presse locale, une centaine d'habitants ont signé la pétition pour la ligne de nuit.")]
    [InlineData("fr", "L'édition papier du journal local consacre chaque samedi une page entière aux horaires des bus.")]
    [InlineData("es", "Cuando esta entrevista se publicó en la revista del barrio, el alcalde prometió revisar los horarios.")]
    [InlineData("it", "Dopo che questo articolo è uscito sul giornale locale, il sindaco ha promesso nuove corse.")]
    [InlineData("pt", "Depois de esta reportagem ter sido publicada no jornal da terra, a câmara prometeu rever os horários.")]
    [InlineData("de", "Nachdem dieses Interview in der Lokalzeitung erschien, versprach der Bürgermeister neue Fahrten.")]
    [InlineData("nl", "Nadat dit interview in de lokale krant verscheen, beloofde de burgemeester nieuwe ritten.")]
    // Sentence-initial: the notice's opening words are the sentence's own, with no print edition named.
    [InlineData("en", "This story appeared on two neighbourhood forums on Friday and reached the regional radio by Sunday night.")]
    [InlineData("en", "This article appeared to end the quarrel when it came out, but the opposition has now asked for an audit.")]
    [InlineData("en", "Jane Roe: This interview appeared without my consent, and I want that noted.")]
    [InlineData("fr", "Cet article est paru trop tôt, a jugé l'adjointe aux sports, car les plans du stade n'étaient pas arrêtés.")]
    [InlineData("de", "Dieser Beitrag erschien manchen Hörern zu einseitig, sagte die Sprecherin des Senders am Freitag.")]
    [InlineData("de", "Dieses Interview erschien einigen Lesern zu nachsichtig, andere lobten die genauen Fragen.")]
    [InlineData("es", "Esta entrevista se publicó sin que el consejo conociera aún el coste del nuevo muelle, según el portavoz.")]
    [InlineData("it", "Questo articolo è uscito prima che la giunta votasse il piano, ha spiegato l'assessora ai trasporti.")]
    [InlineData("pt", "Esta entrevista foi publicada antes de a câmara votar o plano, explicou a vereadora dos transportes.")]
    [InlineData("nl", "Dit interview verscheen op een ongelukkig moment, zei de gedeputeerde woensdag in de staten.")]
    public void TheSameWordsInTheArticlesSentence_Stay(string language, string sentence)
    {
        var p = Articles.Of(language);
        var middle = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));
        var last = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], sentence));

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, middle.Paragraphs.Select(x => x.Text));
        Assert.Equal(new[] { p[1], p[2], p[3], sentence }, last.Paragraphs.Select(x => x.Text));
    }
    // A notice is one short sentence that names where and when the piece ran, and nothing else. The same opening
    // words with a print word in a sentence that goes on telling a story ("… ten years ago, when the keeper …"), or
    // a notice-like sentence followed by a second one, are the article's closing prose: body text that must stay.
    [Theory]
    [InlineData("en", "This story appeared in print ten years ago, when the lighthouse still had a keeper who lived in the tower with his dog.")]
    [InlineData("fr", "Cet article est paru dans l'édition papier il y a vingt ans, quand le phare avait encore un gardien qui vivait dans la tour.")]
    [InlineData("de", "Dieser Beitrag erschien vor zehn Jahren schon einmal in der Printausgabe, als der Leuchtturm noch einen Wärter hatte, der im Turm wohnte.")]
    [InlineData("es", "Este reportaje se publicó por primera vez en papel hace diez años, cuando el faro aún tenía un farero que vivía en la torre.")]
    [InlineData("es", "Este reportaje se publicó en la edición impresa del 4 de mayo. Desde entonces, el faro ha recibido más de dos mil visitas.")]
    [InlineData("it", "Questo articolo è uscito sull'edizione cartacea dieci anni fa, quando il faro aveva ancora un guardiano che viveva nella torre.")]
    [InlineData("pt", "Esta reportagem foi publicada na edição impressa há dez anos, quando o farol ainda tinha um faroleiro que vivia na torre.")]
    [InlineData("nl", "Dit verhaal verscheen tien jaar geleden al in de krant, toen de vuurtoren nog een wachter had die in de toren woonde.")]
    // Review s18: capitalised nouns and names, then a second clause joined on.
    [InlineData("de", "Dieser Beitrag erschien in der Ausgabe vom 3. Mai 1989 und löste im Hafen von Kiel einen Streit der Fischer mit dem Rathaus aus.")]
    [InlineData("en", "This story appeared in the print edition of the Harbour Times in 1990 and cost Jane Roe her job.")]
    [InlineData("nl", "Dit verhaal verscheen in 1990 in de krant en bracht Joost Dekker naar Den Haag.")]
    public void APrintSentenceThatTellsMore_IsTheArticlesLastParagraph(string language, string sentence)
    {
        var p = Articles.Of(language);
        var last = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], sentence));

        Assert.Equal(new[] { p[1], p[2], p[3], sentence }, last.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(last.Boilerplate, b => b.Kind == BoilerplateKind.Notice);
    }
}
