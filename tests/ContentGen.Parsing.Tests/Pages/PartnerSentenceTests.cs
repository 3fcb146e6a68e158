using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// "Our partners" is a consent wall's phrase only beside "we and" and what it asks about (cookies, data); a short
/// paragraph or a quotation that thanks or names partners is the article's (review s15, item 2).
/// </summary>
public sealed class PartnerSentenceTests
{
    public static TheoryData<string, string> Sentences() => new()
    {
        { "en", "We want to thank all our partners for their support this season." },
        { "fr", "La mairie remercie tous nos partenaires pour leur soutien fidèle." },
        { "es", "\"No vamos a dejar solos a nuestros socios en este momento.\"" },
        { "de", "„Wir lassen unsere Partner nicht im Stich.“" },
        { "it", "«Ringraziamo i nostri partner per la pazienza di questi mesi.»" },
        { "pt", "A câmara agradece a todos os nossos parceiros o apoio dado à feira." },
        { "nl", "De club bedankt onze partners voor hun steun dit seizoen." },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void AShortSentenceAboutPartners_BetweenParagraphs_StaysAParagraph(string language, string sentence)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Skip\nHome News Sport", p[0], "12/03/2024", p[1], p[2], sentence, closing, p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], sentence, closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
