namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch glue a trade to its field ("die Meeresbiologin Anna Roth", "zeebioloog Jan Smit");
/// a later cue calls the person by the compound's last part alone ("sagt die Biologin", "zegt de
/// bioloog"), a listed profession, which means the one person given a compound on it in reach. Each
/// positive names an officeholder between, so that the person in focus is no safe guess. Near-misses:
/// two people given compounds on the trade; a compound on another trade.
/// </summary>
public sealed class CompoundTradeHeadTests
{
    [Theory]
    [InlineData("de", "Die Meeresbiologin Anna Roth zählt seit Jahren die Robben im Watt. Bürgermeister Karl Hahn begleitete sie am Montag. „So viele Jungtiere hatten wir noch nie“, sagt die Biologin.", "Anna Roth")]
    [InlineData("nl", "Zeebioloog Jan Smit telt al jaren de zeehonden op het wad. Burgemeester Ria Bos ging dinsdag mee. \"Zoveel jongen hadden we nog nooit\", zegt de bioloog.", "Jan Smit")]
    public void ACompoundsTradeAtTheCue_MeansThePersonGivenTheCompound(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph));

    [Theory]
    [InlineData("de", "Die Meeresbiologin Anna Roth und die Wildbiologin Eva Lenz zählen seit Jahren die Robben im Watt. Bürgermeister Karl Hahn begleitete sie am Montag. „So viele Jungtiere hatten wir noch nie“, sagt die Biologin.")]
    [InlineData("nl", "Zeebioloog Jan Smit en vogelbioloog Kees Bakker tellen al jaren de zeehonden op het wad. Burgemeester Ria Bos ging dinsdag mee. \"Zoveel jongen hadden we nog nooit\", zegt de bioloog.")]
    [InlineData("de", "Der Naturfotograf Jan Roth begleitet seit Jahren die Robbenzählung im Watt. Bürgermeister Karl Hahn kam am Montag mit. „So viele Jungtiere hatten wir noch nie“, sagt die Biologin.")]
    public void TwoHoldersOrAnotherTrade_MeanNoOne(string language, string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Headline", LanguageLeads.For(language), paragraph)[^1]);
}
