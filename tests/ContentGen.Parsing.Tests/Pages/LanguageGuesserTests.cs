using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// How much evidence names a language: a block's guess needs three stopwords and twice the
/// runner-up, a document's eight and one and a half times it, and a closing notice is foreign
/// to the body only on three distinct words of another language, initials not counted.
/// </summary>
public sealed class LanguageGuesserTests
{
    // Hits in the order of Lexicon.All: en, fr, de, es, it, pt, nl.
    private static int[] Hits(params int[] counts)
    {
        var hits = LanguageGuesser.NewHits();
        counts.CopyTo(hits, 0);
        return hits;
    }

    [Fact]
    public void TheHitsAreCounted_InTheOrderOfTheLexicons()
        => Assert.Equal(new[] { "en", "fr", "de", "es", "it", "pt", "nl" }, Lexicon.All.Select(lexicon => lexicon.Language));

    [Theory]
    [InlineData(new[] { 3 }, "en")]
    [InlineData(new[] { 2 }, null)]
    [InlineData(new[] { 0 }, null)]
    [InlineData(new[] { 4, 2 }, "en")]
    [InlineData(new[] { 4, 3 }, null)]
    [InlineData(new[] { 3, 3 }, null)]
    [InlineData(new[] { 2, 5 }, "fr")]
    [InlineData(new[] { 3, 5 }, null)]
    [InlineData(new[] { 3, 6 }, "fr")]
    [InlineData(new[] { 5, 0, 2 }, "en")]
    [InlineData(new[] { 5, 0, 3 }, null)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 3 }, "nl")]
    [InlineData(new[] { 1, 0, 0, 0, 0, 4, 2 }, "pt")]
    [InlineData(new[] { 1, 0, 0, 0, 0, 4, 3 }, null)]
    public void ABlocksGuess_NeedsThreeHits_AndTwiceTheRunnerUp(int[] counts, string? language)
        => Assert.Equal(language, LanguageGuesser.Guess(Hits(counts)));

    [Theory]
    [InlineData(new[] { 8 }, "en")]
    [InlineData(new[] { 7 }, null)]
    [InlineData(new[] { 12, 8 }, "en")]
    [InlineData(new[] { 12, 9 }, null)]
    [InlineData(new[] { 8, 12 }, "fr")]
    [InlineData(new[] { 9, 12 }, null)]
    [InlineData(new[] { 6, 0, 0, 9 }, "es")]
    [InlineData(new[] { 6, 0, 0, 9, 0, 7 }, null)]
    [InlineData(new[] { 0, 0, 0, 20, 14 }, null)]
    [InlineData(new[] { 0, 0, 0, 21, 14 }, "es")]
    public void ADocumentsGuess_NeedsEightHits_AndALeadOfOneAndAHalf(int[] counts, string? language)
        => Assert.Equal(language, LanguageGuesser.GuessDocument(Hits(counts)));

    // Thirty hits or more: a lead of a quarter is sure (a Spanish live report's short entries full of "la", "de", "en").
    [Theory]
    [InlineData(new[] { 0, 37, 0, 52 }, "es")]
    [InlineData(new[] { 0, 24, 0, 30 }, "es")]
    [InlineData(new[] { 0, 25, 0, 30 }, null)]
    [InlineData(new[] { 0, 0, 0, 29, 20 }, null)]
    [InlineData(new[] { 0, 0, 0, 40, 0, 33 }, null)]
    [InlineData(new[] { 0, 0, 0, 32, 0, 40 }, "pt")]
    public void ADocumentWithManyHits_NeedsALeadOfAQuarter(int[] counts, string? language)
        => Assert.Equal(language, LanguageGuesser.GuessDocument(Hits(counts)));

    // Review s21, finding 11: a long Portuguese page full of "de", "a", "que", "estas", under the quarter's lead, stays pt.
    [Fact]
    public void ALongPortuguesePage_StaysPortuguese()
    {
        var p = Articles.Of("pt");
        var extra = "Estas obras vão durar dois anos e a câmara diz que o trânsito vai ser desviado para a avenida da praia durante a maior parte do tempo, com novos horários para os autocarros.";
        var page = string.Join("\n\n", p[0], p[1], extra, p[2], extra.Replace("dois", "três"), p[3], Articles.Closing("pt"));

        Assert.Equal("pt", ContentGen.Parsing.ArticleParser.Parse(page).Language);
    }

    [Fact]
    public void ABlocksHits_AddUp_LexiconByLexicon()
    {
        var hits = Hits(1, 0, 2);
        LanguageGuesser.Add(hits, Facts("the of dans"));

        Assert.Equal(new[] { 3, 1, 2, 0, 0, 0, 0 }, hits);
    }

    [Fact]
    public void AStopwordsFlags_AddOneHit_ToEachLanguageItBelongsTo()
    {
        var hits = LanguageGuesser.NewHits();
        LanguageGuesser.AddFlags(0b1000101, hits);
        LanguageGuesser.AddFlags(0b0000100, hits);

        Assert.Equal(new[] { 1, 0, 2, 0, 0, 0, 1 }, hits);
    }

    // "dans", "pour", "avec", "nous" are French stopwords of no other list; "the", "of", "with" English only.
    [Theory]
    [InlineData("dans pour avec", true)]
    [InlineData("dans pour", false)]
    [InlineData("dans dans dans", false)]
    [InlineData("dans pour avec nous the of", true)]
    [InlineData("dans pour avec nous the of with", false)]
    [InlineData("the of with", false)]
    public void ANotice_IsForeign_OnThreeDistinctWordsOfAnotherLanguage_TwiceItsOwn(string text, bool foreign)
        => Assert.Equal(foreign, LanguageGuesser.IsForeignTo(Facts(text), "en"));

    [Fact]
    public void ANotice_IsNeverForeign_ToItsOwnLanguage()
        => Assert.False(LanguageGuesser.IsForeignTo(Facts("dans pour avec nous"), "fr"));

    [Fact]
    public void Initials_AreNoStopwords_WhenForeignnessIsJudged()
    {
        // "j", "s", "c", "d" are French stopwords (elided "j'", "s'", "c'", "d'"), but alone they are initials.
        var team = Facts("J Bell, S Rowe, C Hart, D Lowe");

        Assert.Equal(4, team.LanguageHits[1]);
        Assert.False(LanguageGuesser.IsForeignTo(team, "en"));
    }

    [Theory]
    [InlineData("l'avion d'une dans", true)]
    [InlineData("l'avion l'autre l'eau dans", false)]
    [InlineData("l’avion d’une dans", true)]
    public void AnElidedArticle_CountsOnce_AsAWordOfItsLanguage(string text, bool foreign)
        => Assert.Equal(foreign, LanguageGuesser.IsForeignTo(Facts(text), "en"));

    // A page's chrome is mostly blocks, and each block's facts hold its counts: no block pays for an
    // array of its own, with stopwords or without.
    [Theory]
    [InlineData("Accueil Vidéos Podcasts", new[] { 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData("the of dans", new[] { 2, 1, 0, 0, 0, 0, 0 })]
    [InlineData("l'avion d'une dans", new[] { 0, 4, 0, 0, 0, 0, 0 })]
    public void ABlocksCounts_LiveInItsFacts(string text, int[] expected)
    {
        var block = new TextBlock([new LineSegment(SourceLine.Split(text)[0], text)]);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var facts = block.Facts;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(expected, facts.LanguageHits.ToArray());
        Assert.True(allocated <= 80, $"{allocated} bytes for the facts of \"{text}\"");
    }

    [Fact]
    public void ABlocksCounts_HaveRoomForEveryLexicon()
        => Assert.InRange(Lexicon.All.Count, 1, LanguageCounts.Capacity);

    private static BlockFacts Facts(string text)
        => new TextBlock([new LineSegment(SourceLine.Split(text)[0], text)]).Facts;
}
