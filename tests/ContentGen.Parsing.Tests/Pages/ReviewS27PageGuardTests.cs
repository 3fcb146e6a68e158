using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The session 27 review's probes of the page rules, each an innocent shape the rules first took: a wrapped paragraph
/// whose last line is a short sentence opening with an end signal's words, and wrapped pages whose every break falls
/// before a capitalised word (German nouns, Dutch names), which showed no lower-case continuation.
/// </summary>
public sealed class ReviewS27PageGuardTests
{
    // A wrapped paragraph (at 76) whose last line is a short sentence opening with an end signal's word, then the article.
    [Theory]
    [InlineData("en", "The board met in the old customs hall, where residents had gathered from\nearly in the afternoon to hear the plan. Some came by bus and some by boat.\nComments were mixed.")]
    [InlineData("fr", "Le conseil s'est réuni dans l'ancienne halle des douanes, où les habitants\nétaient venus dès le début de l'après-midi pour entendre le projet en détail.\nCommentaires et critiques ont suivi.")]
    [InlineData("de", "Der Rat tagte in der alten Zollhalle, wo sich die Bewohner schon am frühen\nNachmittag versammelt hatten, um den Plan zu hören. Viele kamen mit dem Bus.\nKommentare gab es viele.")]
    [InlineData("es", "El consejo se reunió en la antigua sala de aduanas, donde los vecinos se\nhabían reunido desde primera hora de la tarde para escuchar el plan completo.\nComentarios no faltaron.")]
    [InlineData("it", "Il consiglio si è riunito nella vecchia sala della dogana, dove i residenti\nerano arrivati fin dal primo pomeriggio per ascoltare il piano nei dettagli.\nCommenti tanti.")]
    [InlineData("pt", "O conselho reuniu-se na antiga sala da alfândega, onde os moradores tinham\nchegado logo no início da tarde para ouvir o plano com todos os pormenores.\nComentários não faltaram.")]
    [InlineData("nl", "De raad vergaderde in de oude douanehal, waar de bewoners zich al vroeg in\nde middag hadden verzameld om het plan te horen. Velen kwamen met de bus.\nReacties waren gemengd.")]
    public void AWrappedParagraphsLastLine_OpeningWithAnEndSignalsWord_EndsNothing(string language, string wrapped)
    {
        var p = Articles.Of(language);
        var closing = HardWrap.Lines(Articles.Closing(language), 76);
        var page = string.Join("\n\n", p[0], wrapped, closing, HardWrap.Lines(p[3], 76));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { wrapped.Replace('\n', ' '), Articles.Closing(language), p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Empty(article.Boilerplate);
    }

    // A German page wrapped at 76 whose every break falls before a noun or a sentence's capital, and a Dutch one breaking
    // before names: each paragraph stays whole, and no half sentence heads anything.
    [Theory]
    [InlineData("de",
        "Der Hafenrat von Pellwick hat am Dienstagabend nach langer Debatte den neuen\nFährplan beschlossen. Die Änderungen gelten ab dem Frühjahr für alle Fähren.",
        "Die Fähren fahren künftig im Sommer alle vierzig Minuten, und das letzte\nBoot legt eine Stunde später ab als bisher. Es hält auch an der neuen Mole.",
        "Die Pendler aus den Dörfern auf der anderen Seite der Bucht sparen jeden\nMorgen zwanzig Minuten. Der Verband der Pendler begrüßt den neuen Takt.",
        "Die Kosten für die zusätzlichen Fahrten übernimmt zunächst das zuständige\nMinisterium in Kiel. Nach zwei Jahren soll der Rat neu entscheiden.")]
    [InlineData("nl",
        "De havenraad van Pellwijk heeft dinsdagavond na een lang debat met wethouder\nAnna Visser de nieuwe dienstregeling voor de veerboten goedgekeurd.",
        "De boten varen in de zomer voortaan om de veertig minuten, zei wethouder\nMarleen Bakker. De laatste boot vertrekt een uur later dan nu.",
        "Voor forenzen uit de dorpen aan de overkant van de baai is dat winst, zegt\nJohan Smit van de reizigersvereniging. Zij sparen twintig minuten.",
        "De kosten voor de extra afvaarten betaalt eerst de provincie Noord-Holland.\nNa twee jaar beslist de raad opnieuw of het schema blijft.")]
    public void AWrappedPage_BreakingBeforeCapitals_KeepsEachParagraphWhole(string language, string first, string second, string third, string fourth)
    {
        var paragraphs = new[] { first, second, third, fourth };
        var page = string.Join("\n\n", new[] { Articles.Headline(language) }.Concat(paragraphs));

        var article = ArticleParser.Parse(page);

        Assert.Equal(paragraphs.Select(x => x.Replace('\n', ' ')), article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, x => x.Heading is not null);
    }

    // A wrapped paragraph whose last line opens with a date and goes on with a clause ("12 May 2026 is the new date, …")
    // stays whole: a stamp alone is a date and its time at most.
    [Theory]
    [InlineData("en", "The board met in the old customs hall, where residents had gathered from\nearly in the afternoon to hear the plan. The vote was put off again, twice.\n12 May 2026 is the new date, the chair told the hall:")]
    [InlineData("fr", "Le conseil s'est réuni dans l'ancienne halle des douanes, où les habitants\nattendaient depuis le début de l'après-midi. Le vote a encore été reporté.\n12 mai 2026 est la nouvelle date, a dit la présidente :")]
    [InlineData("de", "Der Rat tagte in der alten Zollhalle, wo die Bewohner seit dem Nachmittag\nwarteten, um den Plan zu hören. Die Abstimmung wurde wieder verschoben.\n12. Mai 2026 ist der neue Termin, sagte die Vorsitzende:")]
    [InlineData("es", "El consejo se reunió en la antigua sala de aduanas, donde los vecinos se\nhabían reunido desde primera hora de la tarde. La votación se aplazó otra vez.\n12 de mayo de 2026 es la nueva fecha, dijo la presidenta:")]
    [InlineData("it", "Il consiglio si è riunito nella vecchia sala della dogana, dove i residenti\naspettavano dal primo pomeriggio. Il voto è stato rinviato ancora una volta.\n12 maggio 2026 è la nuova data, ha detto la presidente:")]
    [InlineData("nl", "De raad vergaderde in de oude douanehal, waar de bewoners zich al vroeg in de\nmiddag hadden verzameld om het plan te horen. De stemming is weer uitgesteld.\n12 mei 2026 is de nieuwe datum, zei de voorzitter:")]
    public void AWrappedParagraphsLastLine_OpeningWithADateAndAClause_StaysInIt(string language, string wrapped)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], HardWrap.Lines(p[1], 76), wrapped, HardWrap.Lines(Articles.Closing(language), 76));

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], wrapped.Replace('\n', ' '), Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // A portrait's credit opening with © names the person pictured, who may be the headline's speaker: no rights notice,
    // so the one word after the hyphen stays the headline's.
    [Theory]
    [InlineData("en", "© Velde family")]
    [InlineData("fr", "© Velde, archives familiales")]
    [InlineData("de", "© Velde privat")]
    [InlineData("es", "© Velde, archivo familiar")]
    [InlineData("it", "© Velde, archivio privato")]
    [InlineData("pt", "© Velde, arquivo pessoal")]
    [InlineData("nl", "© Velde, eigen foto")]
    public void APortraitsCredit_NamingTheSpeaker_IsNoRightsNotice(string language, string credit)
    {
        var p = Articles.Of(language);
        var headline = p[0] + " - Velde";
        var page = string.Join("\n\n", headline, p[1], p[2], credit, p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Null(article.Source);
    }

    // Guard for the rights notice: with its year, or its rights phrase, the © line names the site.
    [Theory]
    [InlineData("de", "© Talbote - Alle Rechte vorbehalten")]
    [InlineData("de", "© 2025 Talbote")]
    public void ARightsNotice_NamesTheSite(string language, string notice)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0] + " - Talbote", p[1], p[2], p[3], notice);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Talbote", article.Source);
    }

    // A section's heading naming networks after a preposition ("On Instagram, YouTube and WhatsApp") heads its section: no
    // share bar, which repeats its joiner between its buttons.
    [Theory]
    [InlineData("en", "On Instagram, YouTube and WhatsApp")]
    [InlineData("fr", "Sur Instagram, YouTube et WhatsApp")]
    [InlineData("de", "Auf Instagram, YouTube und WhatsApp")]
    [InlineData("es", "En Instagram, YouTube y WhatsApp")]
    [InlineData("it", "Su Instagram, YouTube e WhatsApp")]
    [InlineData("pt", "No Instagram, YouTube e WhatsApp")]
    [InlineData("nl", "Op Instagram, YouTube en WhatsApp")]
    public void AHeadingNamingNetworks_HeadsItsSection(string language, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], heading, p[3], closing);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], closing }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Sections, x => x.Heading == heading);
    }

    // A line that stops on a contraction of a function word ("… and it's" / "Monday …") goes on into the next: the page
    // shows wrapping there.
    [Fact]
    public void ALineEndingOnAContraction_GoesOn()
    {
        var p = Articles.Of("en");
        const string paragraph = "The harbour board will decide on the new ferry timetable this week, and it's\nMonday evening that the members meet in the old customs hall to vote on it.";
        var page = string.Join("\n\n", p[0], p[1], paragraph, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], paragraph.Replace('\n', ' '), p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
