using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A section whose short lead ends on a colon over "- " items its sentence goes on into ("In due anni i volontari hanno:" /
/// "- rifatto il tetto del lavatoio;"): the lead and its items are the article's prose, so the article runs on across
/// them, the line over the lead heads the section and so does the next section's line under the items. A lead over other
/// stories' headlines (items in capitals) carries nothing on.
/// </summary>
public sealed class ListLeadHeadingTests
{
    public static TheoryData<string, string, string, string> Sections() => new()
    {
        { "en", "What the volunteers did", "Since spring the volunteers have:\n- rebuilt the roof of the old shelter;\n- cleaned the stone basin;\n- repaired the path to the spring;\n- put up two new benches.", "What happens next?" },
        { "fr", "Ce qui a été fait", "En deux ans, les bénévoles ont :\n- refait le toit de l'abri;\n- nettoyé le bassin de pierre;\n- réparé le chemin de la source;\n- installé deux bancs.", "Et maintenant ?" },
        { "de", "Was bisher geschah", "Seit dem Frühjahr haben die Helfer:\n- das Dach neu gedeckt;\n- das Becken gereinigt;\n- den Weg zur Quelle repariert;\n- zwei Bänke aufgestellt.", "Wie geht es weiter?" },
        { "es", "Lo que se ha hecho", "En dos años los voluntarios han:\n- rehecho el tejado del lavadero;\n- limpiado el pilón de piedra;\n- arreglado el camino a la fuente;\n- colocado dos bancos.", "¿Y ahora qué?" },
        { "it", "Cosa è stato fatto", "In due anni i volontari hanno:\n- rifatto il tetto del lavatoio;\n- pulito la vasca di pietra;\n- sistemato il sentiero per la fonte;\n- messo due panchine.", "E adesso?" },
        { "pt", "O que foi feito", "Os voluntários já conseguiram:\n- refazer o telhado do lavadouro;\n- limpar o tanque de pedra;\n- arranjar o caminho para a fonte;\n- colocar dois bancos.", "E agora?" },
        { "nl", "Wat er is gedaan", "In twee jaar hebben de vrijwilligers:\n- het dak opnieuw gelegd;\n- het stenen bassin schoongemaakt;\n- het pad naar de bron hersteld;\n- twee bankjes geplaatst.", "Hoe nu verder?" },
    };

    private static Article Read(string language, string heading, string list, string nextHeading)
    {
        var p = Articles.Of(language);
        var footer = "Newsletter\n© Valley Media 2026";
        return ArticleParser.Parse(string.Join("\n\n", "Menu\nHome\nContact", p[0], p[1], p[2], p[3], heading, list, nextHeading, Articles.Closing(language), footer));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void AShortLeadGoingOnIntoItsItems_LetsBothHeadingsHead(string language, string heading, string list, string nextHeading)
    {
        var article = Read(language, heading, list, nextHeading);

        Assert.Equal(new[] { heading, nextHeading }, Headings(article));
        var text = string.Join("\n", article.Paragraphs.Select(x => x.Text));
        foreach (var line in list.Split('\n'))
        {
            Assert.Contains(line, text);
        }
    }

    // Other stories' headlines under a short lead open in capitals: no sentence goes on into them, and the line over the
    // lead heads no section of the article.
    [Theory]
    [InlineData("en", "More from the valley", "More stories from the valley:\n- Bus station to close for repairs\n- New bridge opens in May\n- Market hall gets a new roof\n- School plans a second playground", "What happens next?")]
    [InlineData("fr", "Dans la vallée", "Autres articles de la vallée :\n- La gare routière fermée pour travaux\n- Le nouveau pont ouvrira en mai\n- La halle du marché change de toit\n- L'école prévoit une seconde cour", "Et maintenant ?")]
    [InlineData("de", "Mehr aus dem Tal", "Weitere Berichte aus dem Tal:\n- Busbahnhof schließt für Reparaturen\n- Neue Brücke öffnet im Mai\n- Markthalle bekommt ein neues Dach\n- Schule plant einen zweiten Schulhof", "Wie geht es weiter?")]
    public void AShortLeadOverHeadlines_HeadsNothing(string language, string heading, string list, string nextHeading)
    {
        var article = Read(language, heading, list, nextHeading);

        Assert.DoesNotContain(heading, Headings(article));
    }

    private static IEnumerable<string> Headings(Article article) => article.Sections.Select(s => s.Heading).OfType<string>();
}
