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
}
