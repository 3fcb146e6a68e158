using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A label naming a kind of item ("FOTOGALLERY", "Video", "Podcast") glued over the page's headline, before any sentence
/// of the page, labels the page itself: the line under it is the headline, not a linked item's title. Lower down, under
/// the page's sentences, the same label still announces another item, and a "read also" label takes its headline anywhere.
/// </summary>
public sealed class PageKindLabelTests
{
    [Theory]
    [InlineData("it", "FOTOGALLERY")]
    [InlineData("en", "VIDEO")]
    [InlineData("fr", "Vidéo")]
    [InlineData("nl", "Podcast")]
    public void AKindLabel_OverTheHeadline_LabelsThePage(string language, string label)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSite\nHome News Sport", label + "\n" + p[0], p[1], "Jane Roe\n12/03/2024 18:30", p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A gallery printed one line under another with no blank line: the label is known only by its words ("FOTOGALERÍA",
    // "Fotogaleria" written as one word, as Italian "FOTOGALLERY" and Dutch "fotogalerij" are).
    [Theory]
    [InlineData("it", "FOTOGALLERY", "Home Cronaca Sport Spettacoli Foto Video", "1 di 4", "La sfilata in piazza (foto Studio Lario)")]
    [InlineData("es", "FOTOGALERÍA", "Portada Local Comarca Deportes Cultura Fotos Vídeos", "1 de 4", "El desfile en la plaza (foto: Estudio Ribera)")]
    [InlineData("pt", "FOTOGALERIA", "Início Local Região Desporto Cultura Fotos Vídeos", "1 de 4", "O desfile na praça (foto: Estúdio Ribeira)")]
    public void AKindLabel_OverTheHeadline_OnAGalleryWithNoBlankLines_LabelsThePage(string language, string label, string menu, string counter, string caption)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", "Menu", "El Eco del Valle", menu, "Buscar", label, p[0], p[1], counter, caption, p[2], p[3], "Jane Roe", "09/02/2025 - 18:30 h", "Facebook WhatsApp Email");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }

    // The sentence under the labelled headline may stand past doubled blank lines, and a dump may wrap the headline and
    // the sentence: the headline is still the page's.
    [Theory]
    [InlineData("it", "FOTOGALLERY", "Carnevale di Borgoverde, i carri sfilano per le vie del centro sotto il", "sole")]
    [InlineData("es", "FOTOGALERÍA", "Carnaval de Villaseca: las carrozas desfilan por las calles del centro bajo el", "sol")]
    [InlineData("en", "GALLERY", "Lantern parade lights up the canal basin as thousands line the towpath in the", "rain")]
    public void AKindLabel_OverAWrappedHeadline_WithItsSentencePastDoubledBlanks_LabelsThePage(string language, string label, string head, string tail)
    {
        var p = Articles.Of(language);
        var deck = p[1];
        var cut = deck.IndexOf(' ', deck.Length / 2);
        var wrappedDeck = deck[..cut] + "\n" + deck[(cut + 1)..];
        var page = string.Join("\n\n\n", "Menu\nSite\nHome News Sport\nSearch", label + "\n" + head + "\n" + tail, wrappedDeck, "Jane Roe\n09/02/2025 18:30", p[2], p[3], "Facebook WhatsApp Email");
        var article = ArticleParser.Parse(page);

        Assert.Equal(head + " " + tail, article.Title);
    }

    // Guards: under the page's sentences the label's next line is the linked item's; a "read also" label over the headline's
    // place still takes its headline.
    [Fact]
    public void AKindLabel_UnderTheArticlesSentences_StillTakesItsItem()
    {
        var p = Articles.Of("en");
        const string clip = "Watch the first night bus leave the station";
        var page = string.Join("\n\n", "Menu\nSite\nHome News Sport", p[0], "Jane Roe\n12/03/2024 18:30", p[1], "VIDEO\n" + clip, p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == clip);
    }

    [Fact]
    public void AReadAlsoLabel_AtThePagesTop_StillTakesItsHeadline()
    {
        var p = Articles.Of("fr");
        const string teaser = "Le marché de Noël ouvre ses portes vendredi";
        var page = string.Join("\n\n", "Menu\nSite\nAccueil Infos Sport", "À lire aussi\n" + teaser, p[0], "Jeanne Roux\n12/03/2024 18:30", p[1], p[2], p[3], "Partager\nMentions légales");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Boilerplate, b => b.Text == teaser);
    }

    // Guard: a media label over another story's title in the page's header, above the headline with its byline and date,
    // leaves the headline the title.
    [Fact]
    public void AKindLabelOverATeaser_AboveTheHeadline_LeavesTheHeadline()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Menu\nSite\nHome News Sport", "VIDEO\nWatch: the lantern parade in two minutes", p[0], "By Jane Roe\n12/03/2024 18:30", p[1], p[2], p[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
