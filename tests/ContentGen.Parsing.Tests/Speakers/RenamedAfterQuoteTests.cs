namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name in quote marks that a verb of renaming brings in is quoted from nobody: after it in a
/// German verb-final clause ("in „Glasmacherplatz“ umzubenennen", SpeakerFinder.RenamedAfterQuote.cs),
/// or before it with the place between ("rebaptiser la place « … »", "rename the square "…"",
/// NamingWords through SpeakerFinder.CalledByName.cs). A quoted fragment of speech before the verb,
/// with no preposition bringing it in as the new name, is still the speaker's.
/// </summary>
public sealed class RenamedAfterQuoteTests
{
    // RenamedAfterQuote: the renaming verb after the quote, "in" before it.
    [Theory]
    [InlineData("Bürgermeister Helmut Zenglein kündigte an, den Platz vor der Hütte in „Glasmacherplatz“ umzubenennen.")]
    [InlineData("Ortsvorsteherin Petra Lang sagte, der Rat wolle die Schule in „Lindenschule“ umbenennen.")]
    public void ANameBeforeARenamingVerb_IsNobodysQuote(string sentence)
        => Assert.Null(QuoteSpeakers.Under("Probe", sentence).Last());

    // CalledByName: a naming word before the quote, the place between.
    [Theory]
    [InlineData("Le maire Paul Viard propose de rebaptiser la place « place des Verriers ».")]
    [InlineData("Il sindaco Paolo Ricci ha proposto di ribattezzare la piazza «Piazza dei Vetrai».")]
    [InlineData("El alcalde Juan Ruiz propuso rebautizar la plaza «plaza de los vidrieros».")]
    [InlineData("O presidente Rui Matos propôs rebatizar a praça «praça dos vidreiros».")]
    [InlineData("Mayor Ann Cole wants to rename the square \"the glassmakers' yard\".")]
    [InlineData("Burgemeester Jan de Vries wil het plein omdopen tot ‘het glasblazersplein’.")]
    public void ANameANamingWordBringsIn_IsNobodysQuote(string sentence)
        => Assert.Null(QuoteSpeakers.Under("Probe", sentence).Last());

    // Stop: a fragment of the speaker's words before the renaming verb, no "in" bringing it in as the name.
    [Fact]
    public void AQuotedFragmentBeforeTheVerb_IsTheSpeakers()
        => Assert.Equal("Anna Berg", QuoteSpeakers.Under("Probe",
            "Bürgermeisterin Anna Berg sagte, sie wolle den Platz „so schnell wie möglich“ umbenennen.").Last());

    // Stop: Italian "chiamare" is mostly to call someone; only "ribattezzare", "rinominare" name.
    [Fact]
    public void ChiamareBeforeAFragment_IsTheSpeakers()
        => Assert.Equal("Paolo Ricci", QuoteSpeakers.Under("Probe",
            "Il sindaco Paolo Ricci ha detto che intende chiamare tutti i genitori “entro domenica”.").Last());
}
