namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Haar vader knikt en zet de machine weer aan. ‘…’", "Her father nods. '…'": a sentence whose subject is
/// someone's relative, unnamed, turns from the person whose relative it is: the next quote with no cue, or with a
/// cue that gives no one of its own ("dice", "zegt hij"), is no one's (the relative is named nowhere), not the
/// possessor's nor anyone else's. Each row's quote goes to the possessor without the rule: a cue of the
/// relative's gender ("he says" after Anna) would turn her away by gender alone, so the rows that need one have
/// none.
/// </summary>
public sealed class UnnamedRelativeBeatTests
{
    [Theory]
    [InlineData("Winkel", "Anna Brouwer, 38, nam vorig jaar de winkel over. ‘Ik doe de boeken,’ zegt ze.",
        "Haar vader knikt tevreden en pakt zijn gereedschap. ‘Zij rekent, ik zaag,’ zegt hij.")]
    [InlineData("Shop", "Anna Brewer, 38, took over the shop last year. 'I do the books,' she says.",
        "Her father nods and picks up his tools. 'She counts, I saw.'")]
    [InlineData("Der Laden der Familie Brauer", "Anna Brauer, 38, hat den Laden im vergangenen Jahr übernommen. „Ich mache die Bücher“, sagt sie.",
        "Ihr Vater nickt zufrieden und greift zum Werkzeug. „Sie rechnet, ich säge, und so geht das seit zwanzig Jahren.“")]
    [InlineData("Bottega", "Anna Bruni, 38 anni, ha rilevato la bottega l'anno scorso. «Tengo io i conti», dice.",
        "Suo padre annuisce e riprende gli attrezzi. «Lei conta, io sego», dice.")]
    public void AQuoteAfterAnUnnamedRelativesSentence_IsNoOnes(string headline, string before, string paragraph)
        => Assert.Null(QuoteSpeakers.Under(headline, before, paragraph)[1]);

    // Background about the relative (a copula or a past auxiliary) is no beat: the speaker goes on.
    [Theory]
    [InlineData("Bottega", "Anna Bruni, 38 anni, ha rilevato la bottega l'anno scorso. «Tengo io i conti», dice.",
        "Suo padre era falegname. «Ho imparato da lui», racconta.", "Anna Bruni")]
    [InlineData("Shop", "Anna Brewer, 38, took over the shop last year. 'I do the books,' she says.",
        "Her father was a carpenter. 'I learned it from him,' she says.", "Anna Brewer")]
    [InlineData("Winkel", "Anna Brouwer, 38, nam vorig jaar de winkel over. ‘Ik doe de boeken,’ zegt ze.",
        "Haar vader was timmerman. ‘Ik heb het van hem geleerd,’ zegt ze.", "Anna Brouwer")]
    public void AQuoteAfterBackgroundAboutARelative_StaysWithTheSpeaker(string headline, string before, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under(headline, before, paragraph)[1]);
}
