using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A one-line deck with no stop glued under the headline, on a page that prints lines wider than the two: the page broke
/// the line, not a dump's width, so the headline is the first line alone and the deck opens the body. A headline that a
/// width broke, or that the page broke mid-clause, stays one title.
/// </summary>
public sealed class GluedDeckTests
{
    public static TheoryData<string, string, string, string, string> Decks() => new()
    {
        { "en", "Local", "Ferry crews vote to strike over the winter timetable", "Union says the new rota leaves four night crossings without a relief skipper", "By Tom Vale" },
        { "fr", "Région", "Les passeurs du bac votent la grève contre les horaires d'hiver", "Le syndicat dénonce un planning sans second pilote quatre nuits par semaine", "Par Anne Lorin" },
        { "de", "Lokales", "Fährleute stimmen für einen Streik gegen den Winterfahrplan", "Gewerkschaft kritisiert den neuen Dienstplan ohne Ablöse an vier Nächten", "Von Jana Kolb" },
        { "es", "Comarca", "Los patrones del transbordador votan ir a la huelga", "El sindicato critica un turno sin segundo patrón cuatro noches por semana", "Por Marta Ruiz" },
        { "it", "Cronaca", "I marinai del traghetto votano lo sciopero contro l'orario invernale", "Il sindacato contesta i turni senza secondo pilota per quattro notti", "di Paolo Neri" },
        { "pt", "Região", "Tripulantes do ferry votam greve contra o horário de inverno", "Sindicato critica escala sem segundo mestre em quatro noites por semana", "Por Rui Sousa" },
        { "nl", "Regio", "Bemanning van de veerboot stemt voor een staking", "Volgens de bond is het nieuwe rooster zonder tweede schipper niet veilig", "Door Eva Mol" },
    };

    // The page's header printed as one group of lines: skip link, masthead, menu and account buttons.
    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    [Theory]
    [MemberData(nameof(Decks))]
    public void ADeckGluedUnderTheHeadline_OpensTheBody(string language, string label, string headline, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, label, headline + "\n" + deck, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A deck (a clause of eight words or more, as Ledes reads one) no longer than its headline: the dump's width rule glued
    // the two lines into one block, which the title finder took whole.
    [Theory]
    [InlineData("en", "Lido pool to stay shut all summer as repair bill doubles", "Council blames cracked tiles and a failed pump")]
    [InlineData("fr", "Les passeurs du bac votent la grève contre les horaires d'hiver", "Le syndicat dénonce un planning sans second pilote")]
    [InlineData("de", "Fährleute stimmen für einen Streik gegen den Winterfahrplan", "Gewerkschaft kritisiert den Dienstplan für die langen Nächte")]
    [InlineData("es", "Los patrones del transbordador votan ir a la huelga", "El sindicato rechaza los nuevos turnos de noche")]
    [InlineData("it", "I marinai del traghetto votano lo sciopero contro l'orario invernale", "Il sindacato contesta i nuovi turni di notte")]
    [InlineData("pt", "Tripulantes do ferry votam greve contra o horário de inverno", "Sindicato critica a escala sem segundo mestre à noite")]
    [InlineData("nl", "Bemanning van de veerboot stemt voor een staking", "Bond wil een tweede schipper op de late afvaarten")]
    public void AShortDeckGluedUnderTheHeadline_OpensTheBody(string language, string headline, string deck)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, headline + "\n" + deck, "12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A dump at a fixed width broke a long headline before a capitalised name: the next word would not have fitted on the
    // headline's line at the page's width (every line of the page is wrapped to it), so the two lines are one headline.
    [Theory]
    [InlineData("en", "Night buses will reach the valley villages around Lake", "Windermere and Grasmere from April until the end of the year")]
    [InlineData("de", "Nachtbusse fahren ab April auch in die Dörfer rund um Bad", "Kleinfelden und bis hinauf nach Herrsching an den Weihern im Sommer")]
    [InlineData("nl", "Nachtbussen rijden vanaf april ook naar de dorpen bij Sint", "Odulfusberg en langs de kust van de polder")]
    [InlineData("es", "Los autobuses nocturnos llegarán a los pueblos del valle de San", "Lorenzo de la Sierra y de Gredos en primavera")]
    public void AHeadlineAWidthBroke_StaysOneTitle(string language, string first, string second)
    {
        var p = Articles.Of(language);
        var width = first.Length + 2;
        var page = string.Join("\n\n", first + "\n" + second, "12/03/2024 08:15", HardWrap.Lines(p[1], width), HardWrap.Lines(p[2], width), HardWrap.Lines(p[3], width));

        var article = ArticleParser.Parse(page);

        Assert.Equal(first + " " + second, article.Title);
    }

    // The page broke its headline after a function word ("à", "in", "de"): the second line goes on with the clause, however
    // it opens on a place's capital, and the page's wide paragraphs do not make it a deck.
    [Theory]
    [InlineData("fr", "Le bac reprendra la traversée de la Loire à", "Saint-Aubert dès le mois de mars et pour tout l'été")]
    [InlineData("en", "Night buses will reach the valley villages in", "North Crabley and Eastmoor from the end of May")]
    [InlineData("pt", "Os autocarros noturnos vão chegar às aldeias de", "Vale de Sobral e da serra a partir de abril")]
    [InlineData("it", "Gli autobus notturni arriveranno nei paesi della", "Val Marza e sulla costa da aprile a fine anno")]
    public void AHeadlineBrokenAfterAFunctionWord_StaysOneTitle(string language, string first, string second)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, first + "\n" + second, "12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(first + " " + second, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
