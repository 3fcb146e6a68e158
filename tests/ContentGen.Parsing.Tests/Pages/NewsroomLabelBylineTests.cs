using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 64 (pages): the newsroom's label before the writer's name, with a colon, over an obituary ("Redactie: …",
/// "Redaktion: …", "Rédaction : …", "Redazione: …", "Redação: …"), as the fresh page nl-in-memoriam-huisarts prints one,
/// here with other papers, people and words. On main the line was set aside as navigation and no author was read (Spanish
/// "Redacción:" was a byline's prefix already). A job word (<c>BylineRoles</c>) before a colon and a name, over the
/// article, names the writer; a desk after the colon names nobody, and under the article the label is left alone.
/// </summary>
public sealed class NewsroomLabelBylineTests
{
    // Per language: the site, the headline, the label line, the date, two paragraphs, and the writer.
    public static IEnumerable<object[]> Obituaries =>
    [
        new object[] { "Het Polderblad", "Oud-molenaar Gerrit Hoogeveen (91) overleden: ‘Hij kende elke wind bij naam’", "Redactie: Marieke Zonneveld", "3 maart 2025, 10:15", "Gerrit Hoogeveen, die veertig jaar de korenmolen van Oostwaard draaide, is donderdag op 91-jarige leeftijd overleden. Het hele dorp kende hem als de man met de meelstof in zijn baard.", "Hoogeveen nam de molen in 1962 over van zijn vader en hield hem draaiende toen andere molens in de streek stil kwamen te staan. De uitvaart is dinsdag in de Hervormde kerk.", "Marieke Zonneveld" },
        new object[] { "Der Talkurier", "Altbürgermeister Ernst Kohlhaas mit 89 Jahren gestorben", "Redaktion: Sabine Wohlfahrt", "3. März 2025, 10:15 Uhr", "Ernst Kohlhaas, der von 1978 bis 2002 Bürgermeister von Tannenbrück war, ist am Donnerstag im Alter von 89 Jahren gestorben. Viele im Ort kannten ihn noch vom Wochenmarkt.", "Kohlhaas setzte sich früh für das neue Schwimmbad und den Radweg ins Nachbartal ein. Die Trauerfeier findet am Dienstag in der Stadtkirche statt.", "Sabine Wohlfahrt" },
        new object[] { "L'Éveil du Causse", "Ancien maire de Roquedal, Henri Castagnède s'est éteint à 89 ans", "Rédaction : Claire Fontanille", "3 mars 2025 à 10h15", "Henri Castagnède, maire de Roquedal de 1977 à 2001, est mort jeudi à l'âge de 89 ans. Les habitants le croisaient encore chaque matin au marché de la place.", "Il avait fait construire la salle des fêtes et la nouvelle école du bourg. Les obsèques auront lieu mardi en l'église Saint-Martin.", "Claire Fontanille" },
        new object[] { "El Eco de la Sierra", "Muere a los 89 años Ramón Escobedo, exalcalde de Valdehinojo", "Redacción: Marta Villalobos", "3 de marzo de 2025, 10:15", "Ramón Escobedo, alcalde de Valdehinojo entre 1979 y 2003, murió el jueves a los 89 años. Los vecinos aún lo veían cada mañana en el mercado de la plaza.", "Escobedo impulsó la construcción del polideportivo y de la nueva escuela. El funeral se celebrará el martes en la iglesia parroquial.", "Marta Villalobos" },
        new object[] { "Il Gazzettino della Valle", "Addio a Sergio Bellandi, storico sindaco di Montecervo", "Redazione: Chiara Pellegatti", "3 marzo 2025, 10:15", "Sergio Bellandi, sindaco di Montecervo dal 1980 al 2004, è morto giovedì all'età di 89 anni. In paese lo incontravano ancora ogni mattina al mercato della piazza.", "Bellandi volle la nuova palestra e la scuola media del paese. I funerali si terranno martedì nella chiesa parrocchiale.", "Chiara Pellegatti" },
        new object[] { "O Correio do Vale", "Morreu Joaquim Serrano, antigo presidente da câmara de Vilar Seco", "Redação: Catarina Mourão", "3 de março de 2025, 10:15", "Joaquim Serrano, presidente da câmara de Vilar Seco entre 1979 e 2001, morreu na quinta-feira, aos 89 anos. Na vila, ainda o viam todas as manhãs no mercado da praça.", "Serrano lançou a construção do pavilhão e da nova escola. O funeral realiza-se na terça-feira na igreja matriz.", "Catarina Mourão" },
        new object[] { "The Fenland Gazette", "Former mayor of Ashwick Harold Pennington dies aged 89", "Reporter: Clare Whitcombe", "3 March 2025, 10:15", "Harold Pennington, who was mayor of Ashwick from 1979 to 2003, died on Thursday aged 89. People in the town still saw him every morning at the market.", "Pennington pushed for the new leisure centre and the primary school on Mill Lane. His funeral will be held on Tuesday at St Mary's church.", "Clare Whitcombe" },
        // The writer's own job as the label ("Redakteurin:", "Verslaggever:", "Journaliste :" is no job word; "Rédactrice :" is).
        new object[] { "Der Talkurier", "Altbürgermeister Ernst Kohlhaas mit 89 Jahren gestorben", "Redakteurin: Sabine Wohlfahrt", "3. März 2025, 10:15 Uhr", "Ernst Kohlhaas, der von 1978 bis 2002 Bürgermeister von Tannenbrück war, ist am Donnerstag im Alter von 89 Jahren gestorben. Viele im Ort kannten ihn noch vom Wochenmarkt.", "Kohlhaas setzte sich früh für das neue Schwimmbad und den Radweg ins Nachbartal ein. Die Trauerfeier findet am Dienstag in der Stadtkirche statt.", "Sabine Wohlfahrt" },
        new object[] { "Het Polderblad", "Oud-molenaar Gerrit Hoogeveen (91) overleden: ‘Hij kende elke wind bij naam’", "Verslaggever: Marieke Zonneveld", "3 maart 2025, 10:15", "Gerrit Hoogeveen, die veertig jaar de korenmolen van Oostwaard draaide, is donderdag op 91-jarige leeftijd overleden. Het hele dorp kende hem als de man met de meelstof in zijn baard.", "Hoogeveen nam de molen in 1962 over van zijn vader en hield hem draaiende toen andere molens in de streek stil kwamen te staan. De uitvaart is dinsdag in de Hervormde kerk.", "Marieke Zonneveld" },
        new object[] { "L'Éveil du Causse", "Ancien maire de Roquedal, Henri Castagnède s'est éteint à 89 ans", "Rédactrice : Claire Fontanille", "3 mars 2025 à 10h15", "Henri Castagnède, maire de Roquedal de 1977 à 2001, est mort jeudi à l'âge de 89 ans. Les habitants le croisaient encore chaque matin au marché de la place.", "Il avait fait construire la salle des fêtes et la nouvelle école du bourg. Les obsèques auront lieu mardi en l'église Saint-Martin.", "Claire Fontanille" },
    ];

    private static string Page(string site, string headline, string label, string dated, string first, string second)
        => string.Join("\n\n", site, "Home | Nieuws | Sport", headline, label + "\n" + dated, first, second, "© 2025 " + site);

    [Theory]
    [MemberData(nameof(Obituaries))]
    public void NewsroomLabel_OverTheArticle_NamesTheWriter(string site, string headline, string label, string dated, string first, string second, string writer)
    {
        var article = ArticleParser.Parse(Page(site, headline, label, dated, first, second));

        Assert.Equal(writer, article.Author);
        Assert.Equal(headline, article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.Contains(first, paragraphs);
        Assert.Contains(second, paragraphs);
        Assert.DoesNotContain(paragraphs, x => x.Contains(label, StringComparison.Ordinal));
    }

    // A desk after the label names nobody: "Redaktion: Lokales", "Rédaction : Service Économie", "Redactie: Regio".
    [Theory]
    [InlineData("Redaktion: Lokales")]
    [InlineData("Rédaction : Service Économie")]
    [InlineData("Redactie: Regio Nieuws")]
    [InlineData("Redazione: Cronaca Locale")]
    [InlineData("Redação: Agência Lusa")]
    public void NewsroomLabel_NamingADesk_NamesNoWriter(string label)
    {
        var article = ArticleParser.Parse(Page("Der Talkurier", "Altbürgermeister Ernst Kohlhaas mit 89 Jahren gestorben", label, "3. März 2025, 10:15 Uhr",
            "Ernst Kohlhaas, der von 1978 bis 2002 Bürgermeister von Tannenbrück war, ist am Donnerstag im Alter von 89 Jahren gestorben. Viele im Ort kannten ihn noch vom Wochenmarkt.",
            "Kohlhaas setzte sich früh für das neue Schwimmbad und den Radweg ins Nachbartal ein. Die Trauerfeier findet am Dienstag in der Stadtkirche statt."));

        Assert.Null(article.Author);
    }

    // Under the article, the same label credits whoever edited it, and a film's facts box lists its crew ("Editor: …"): no writer.
    [Theory]
    [InlineData("Redaktion: Sabine Wohlfahrt")]
    [InlineData("Editor: Clare Whitcombe")]
    [InlineData("Redactie: Marieke Zonneveld")]
    public void RoleLabel_UnderTheArticle_NamesNoWriter(string label)
    {
        var text = string.Join("\n\n", "Der Talkurier", "Lokales | Sport", "Altbürgermeister Ernst Kohlhaas mit 89 Jahren gestorben", "3. März 2025, 10:15 Uhr",
            "Ernst Kohlhaas, der von 1978 bis 2002 Bürgermeister von Tannenbrück war, ist am Donnerstag im Alter von 89 Jahren gestorben. Viele im Ort kannten ihn noch vom Wochenmarkt.",
            "Kohlhaas setzte sich früh für das neue Schwimmbad und den Radweg ins Nachbartal ein. Die Trauerfeier findet am Dienstag in der Stadtkirche statt.",
            "Kohlhaas hinterlässt seine Frau, zwei Töchter und fünf Enkel. Der Gemeinderat hat eine Schweigeminute angekündigt.",
            label, "© 2025 Der Talkurier");

        Assert.Null(ArticleParser.Parse(text).Author);
    }
}
