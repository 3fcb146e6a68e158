using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The writer's name alone over the town the article is filed from, a spaced bar and the date ("Lucía Barredo Ferrer" /
/// "Santa Olaya del Campo | 22/04/2025 - 07:10 h"): the name is the byline, the words before the bar a town.
/// </summary>
public sealed class NameOverPlaceAndBarDateTests
{
    public static TheoryData<string, string, string> Stamps() => new()
    {
        { "es", "Marta Quiroga Lain", "Villanueva del Arzobispo | 14/05/2025 - 09:40 h" },
        { "en", "Hannah Prewett", "Market Harborough | 14/05/2025 09:40" },
        { "fr", "Élodie Kerbrat", "Saint-Pol-de-Léon | 14/05/2025 à 09h40" },
        { "de", "Jonas Wiedemann", "Bad Hersfeld | 14.05.2025, 09:40 Uhr" },
        { "it", "Chiara Bellandi", "Borgo San Lorenzo | 14/05/2025 ore 09:40" },
        { "pt", "Rita Vasconcelos", "Vila Nova de Cerveira | 14/05/2025 09:40" },
        { "nl", "Sanne Veldkamp", "Hoogeveen | 14-05-2025 09:40" },
    };

    [Theory]
    [MemberData(nameof(Stamps))]
    public void ANameOverAPlaceAndABarredDate_IsTheAuthor(string language, string name, string stamp)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | News | Sport | Opinion", p[0], name + "\n" + stamp, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(name, article.Author);
    }

    [Theory]
    // With no name over it, the words before the bar stay the writer's.
    [InlineData("es", "Marta Quiroga Lain | 14/05/2025 - 09:40 h")]
    [InlineData("en", "Hannah Prewett | 14/05/2025 09:40")]
    public void ANameBeforeTheBarWithNoNameOverIt_IsStillTheAuthor(string language, string stamp)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | News | Sport | Opinion", p[0], stamp, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(stamp.Substring(0, stamp.IndexOf(" | ", StringComparison.Ordinal)), article.Author);
    }
}
