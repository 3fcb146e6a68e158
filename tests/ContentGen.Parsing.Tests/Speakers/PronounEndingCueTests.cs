namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A pronoun in a cue that ends its sentence ("The city had to save twelve million, he said.", "…,
/// a-t-il dit.") reports as a name does: a quote with no cue right after it goes on with whom the
/// pronoun means. Before, only a name reported so, and the quote had no speaker. A pronoun inside
/// the sentence ("also said that he wanted …", "added he would …") may mean someone else,
/// and is read as before.
/// </summary>
public sealed class PronounEndingCueTests
{
    [Fact]
    public void APronounEndingTheSentence_Reports_InEnglish()
        => Assert.Equal(
            new[] { "Stefan Kuehn" },
            QuoteSpeakers.Under(
                "Libraries to close",
                "Mayor Stefan Kuehn defended the decision. The city had to save twelve million this year, he said. \"Nobody likes taking such decisions.\""));

    [Fact]
    public void APronounEndingTheSentence_Reports_InFrench()
        => Assert.Equal(
            new[] { "Stéphane Quéré" },
            QuoteSpeakers.Under(
                "Bibliothèques fermées",
                LanguageLeads.French,
                "Le maire Stéphane Quéré a défendu la décision. La ville doit économiser douze millions cette année, a-t-il dit. « Personne n'aime prendre de telles décisions. »"));

    // Guards: a pronoun inside the sentence leaves the quote to the speaker before, as it did.
    [Theory]
    [InlineData("Vale, interviewed on local radio, also said that he wanted a second test after the race. \"The clinic sent me home without one.\"")]
    [InlineData("The 28-year-old added he would welcome a hearing at the tribunal. \"A hearing lets me tell the whole story at last.\"")]
    public void APronounInsideTheSentence_IsReadAsBefore(string sentences)
        => Assert.Equal(
            new[] { "Tom Vale", "Tom Vale" },
            QuoteSpeakers.Under("Rider faces tribunal", "Tom Vale and Ann Lee face a tribunal this week. Vale said: \"The result stands.\" " + sentences));
}
