using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Body text that looked like chrome: a practical list glued under "Infos pratiques :" at the article's
/// end (its lines end on no full stop, as a list of other stories' headlines does), and a sentence that
/// opens with a link's words ("Également sur la table, …") going on in lower case to a full stop.
/// </summary>
public sealed class ArticleEndListTests
{
    public static TheoryData<string, string> Lists() => new()
    {
        { "fr", "Infos pratiques :\nRéunion publique mardi 19 mars à 20 heures\nSalle des fêtes de Port-Lavoie\nEntrée libre\nRenseignements au 05 59 00 00 00" },
        { "fr", "Les horaires :\nDépart de la gare à 0 h 10\nArrêt au port à 0 h 25\nArrêt à la mairie à 0 h 40\nTerminus au collège à 0 h 55" },
        { "en", "Practical details:\nPublic meeting on Tuesday 19 March at 8pm\nHarbourside village hall\nFree entry\nDetails on 01234 567890" },
        { "de", "Die Fahrzeiten:\nAbfahrt am Bahnhof um 0.10 Uhr\nHalt am Hafen um 0.25 Uhr\nHalt am Rathaus um 0.40 Uhr\nEndstation Schule um 0.55 Uhr" },
        { "es", "Información práctica:\nReunión pública el martes 19 de marzo a las 20 horas\nCentro cívico de Arenales\nEntrada libre\nMás información en el 900 000 000" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void APracticalListUnderAColonAtTheArticlesEnd_Stays(string language, string list)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var footer = "Newsletter\n© Coastal Media 2024";
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu\nHome", p[0], p[1], p[2], p[3], closing, list, footer));

        var text = string.Join("\n", article.Paragraphs.Select(x => x.Text));
        foreach (var line in list.Split('\n'))
        {
            Assert.Contains(line, text);
        }
    }

    [Theory]
    [InlineData("fr", "Également sur la table, la question du financement des bus scolaires.")]
    [InlineData("fr", "Sur le même sujet, le préfet a rappelé les règles en vigueur.")]
    [InlineData("fr", "Lire aussi les conclusions du rapport : elles confirment la hausse du trafic.")]
    public void ASentenceOpeningWithALinksWords_Stays(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], sentence, p[2], p[3]));

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("Lire aussi notre enquête sur les bus de nuit.")]
    [InlineData("Lire aussi : Port-Lavoie : la digue sera rehaussée")]
    public void ALinkLine_IsStillSetAside(string line)
    {
        var p = Articles.Of("fr");
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], line, p[2], p[3]));

        Assert.Contains(article.Boilerplate, b => b.Text == line);
    }
}
