namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German writes every noun with a capital: in "Brandt kündigte an, Unterschriften zu sammeln:"
/// the clause after the comma opens on a common noun, not a name. A single capitalised word
/// opening a clause inside the sentence speaks before a colon only as the surname of someone the
/// article names in full; otherwise the clause before it gives the speaker.
/// </summary>
public sealed class ColonAfterNounClauseTests
{
    private const string Lead = "Markus Brandt leitet den Sportverein seit zehn Jahren. Anja Keller ist seit Mai Bürgermeisterin.";

    [Theory]
    [InlineData("Brandt kündigte an, Unterschriften zu sammeln: „Wir geben nicht auf.“", "Markus Brandt")]
    [InlineData("Keller versprach am Abend, Gespräche zu führen: „Niemand wird allein gelassen.“", "Anja Keller")]
    [InlineData("Brandt drohte, Klage einzureichen: „Das lassen wir uns nicht gefallen.“", "Markus Brandt")]
    [InlineData("Keller bat die Vereine, Geduld zu haben: „Wir brauchen ein halbes Jahr.“", "Anja Keller")]
    public void ANounOpeningAClauseAfterAComma_IsNoSpeaker(string sentence, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under("Streit um die Sporthalle", LanguageLeads.German, Lead, sentence));

    [Theory]
    // Innocent neighbours: a surname the article names in full, and a full name, after a comma still speak.
    [InlineData("Die Sitzung war kurz, Keller sagte nur: „Wir brauchen ein halbes Jahr.“", "Anja Keller")]
    [InlineData("Die Sitzung war kurz, Tim Wagner sagte nur: „Wir brauchen ein halbes Jahr.“", "Tim Wagner")]
    [InlineData("Die Sitzung war kurz, und Brandt ergänzte: „Wir brauchen ein halbes Jahr.“", "Markus Brandt")]
    public void ASurnameOrAFullNameAfterAComma_StillSpeaks(string sentence, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under("Streit um die Sporthalle", LanguageLeads.German, Lead, sentence));

    [Theory]
    // Where nouns take no capital, one capitalised word after a comma is a name: a singer known by one.
    [InlineData("The crowd went quiet, Bono said only: \"We will be back.\"", "Bono")]
    [InlineData("Ticket prices had doubled, Madonna said: \"It is not my decision.\"", "Madonna")]
    public void OneCapitalisedWordAfterACommaInEnglish_IsAName(string sentence, string speaker)
        => Assert.Equal(new string?[] { speaker }, QuoteSpeakers.Under("Concert tour", LanguageLeads.For("en"), sentence));
}
