namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name in quote marks that a verb of renaming brings in is quoted from nobody: after it in a
/// German verb-final clause ("in „Glasmacherplatz“ umzubenennen"), or before it with the place
/// between ("rebaptiser la place « … »", "rename the square "…""). A quote followed by its cue is
/// still its speaker's.
/// </summary>
public sealed class RenamedAfterQuoteTests
{
    [Theory]
    [InlineData("Bürgermeister Helmut Zenglein kündigte an, den Platz vor der Hütte in „Glasmacherplatz“ umzubenennen.")]
    [InlineData("Le maire Paul Viard propose de rebaptiser la place « place des Verriers ».")]
    [InlineData("Il sindaco Paolo Ricci ha proposto di chiamare la piazza «Piazza dei Vetrai».")]
    [InlineData("El alcalde Juan Ruiz propuso rebautizar la plaza «plaza de los vidrieros».")]
    [InlineData("O presidente Rui Matos propôs rebatizar a praça «praça dos vidreiros».")]
    [InlineData("Mayor Ann Cole wants to rename the square \"the glassmakers' yard\".")]
    [InlineData("Burgemeester Jan de Vries wil het plein omdopen tot ‘het glasblazersplein’.")]
    public void ANameARenamingVerbBringsIn_IsNobodysQuote(string sentence)
        => Assert.Null(QuoteSpeakers.Under("Probe", sentence).Last());

    // Stop: a quote followed by its cue is its speaker's, even if it speaks of renaming.
    [Fact]
    public void AQuoteFollowedByItsCue_IsTheSpeakers()
        => Assert.Equal("Helmut Zenglein", QuoteSpeakers.Under("Probe",
            "„Wir wollen den Platz umbenennen“, sagte Bürgermeister Helmut Zenglein.").Last());
}
