namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Under a plain article's headline, a sentence of two or three words ("Tickets are free.") is its
/// first paragraph, not furniture between the headline and the article.
/// </summary>
public sealed class ShortLedeTests
{
    [Theory]
    [InlineData(
        "Valley line to reopen next year",
        "Tickets are free.",
        "Residents who campaigned for the line to reopen said they were delighted, and that the railway was vital for older people who do not drive and for the pupils who travel each day to the secondary school in the market town at the end of the valley.")]
    [InlineData(
        "La ligne de la vallée rouvrira l'an prochain",
        "Tout est prêt.",
        "Les habitants qui réclamaient la réouverture de la ligne se sont dits ravis, et ont rappelé que le train était vital pour les personnes âgées qui ne conduisent pas et pour les élèves qui vont chaque jour au lycée du bourg, tout au bout de la vallée.")]
    [InlineData(
        "Die Talbahn fährt ab nächstem Jahr wieder",
        "Alles bleibt gleich.",
        "Die Anwohner, die sich jahrelang für die Strecke eingesetzt hatten, zeigten sich erleichtert und erinnerten daran, dass die Bahn für ältere Menschen ohne Auto und für die Schüler, die jeden Tag in die Kreisstadt am Ende des Tals fahren, unverzichtbar ist.")]
    public void AShortSentenceUnderTheHeadline_IsTheFirstParagraph(string headline, string lede, string paragraph)
    {
        var article = ArticleParser.Parse(headline + "\n\n" + lede + "\n\n" + paragraph + "\n");

        Assert.Equal(headline, article.Title);
        Assert.Equal([lede, paragraph], article.Paragraphs.Select(p => p.Text));
        Assert.Empty(article.Boilerplate);
    }
}
