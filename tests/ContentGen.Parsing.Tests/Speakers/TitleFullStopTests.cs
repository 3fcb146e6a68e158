namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A title written with its full stop before a name ("said Dr. John Vale", "a déclaré M. Paul
/// Girard", "sagte Dr. Anna Vogel", "zei mr. Koen Verhoeven") reads as the title does without it:
/// the stop is no token, so the name phrase goes on past it. Before, the stop cut the cue from
/// its name and the quote had no speaker. Only the lexicons' abbreviations, before a space and a
/// capital, lose their stop: a sentence that ends on any other word still ends there.
/// </summary>
public sealed class TitleFullStopTests
{
    [Fact]
    public void ATitlesFullStop_KeepsTheNameWithItsCue_InEnglish()
        => Assert.Equal(new[] { "John Vale" }, QuoteSpeakers.Under("Court case", "\"This is a heavy sentence,\" said Dr. John Vale."));

    [Fact]
    public void ATitlesFullStop_KeepsTheNameWithItsCue_InFrench()
        => Assert.Equal(new[] { "Paul Girard" }, QuoteSpeakers.Under("Le quai rouvre", LanguageLeads.French, "« Le quai rouvrira en mai », a déclaré M. Paul Girard."));

    [Fact]
    public void ATitlesFullStop_KeepsTheNameWithItsCue_InGerman()
        => Assert.Equal(new[] { "Anna Vogel" }, QuoteSpeakers.Under("Brücke fertig", LanguageLeads.German, "„Die Brücke wird im Mai fertig“, sagte Dr. Anna Vogel."));

    [Fact]
    public void ALowerCaseTitlesFullStop_KeepsTheNameWithItsCue_InDutch()
        => Assert.Equal(new[] { "Koen Verhoeven" }, QuoteSpeakers.Under("Oplichter veroordeeld", LanguageLeads.Dutch, "“Dit is een zware straf”, zei mr. Koen Verhoeven."));

    // A sentence that ends on a name still ends there (a guard); a titled surname opening a
    // sentence now opens it, and ends the last speaker's turn (before, the stop cut it off).
    [Fact]
    public void AFullStopAfterAName_StillEndsTheSentence()
        => Assert.Equal(
            new string?[] { "Tom Fox", null },
            QuoteSpeakers.Under("Quay to reopen", "\"We will be ready,\" said Tom Fox. Ann Lee could not come. The hall was full. \"It is a good day for the town.\""));

    [Fact]
    public void ATitledSurnameOpeningASentence_StillEndsTheTurn()
        => Assert.Equal(
            new string?[] { "Tom Fox", "Ann Lee", null },
            QuoteSpeakers.Under(
                "Quay to reopen",
                "\"We will be ready,\" said Tom Fox. \"We will not,\" said Ann Lee.",
                "Mr. Fox did not answer. Ms. Lee left the hall. \"It is a good day for the town.\""));
}
