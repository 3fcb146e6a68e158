using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>Who said each quote: reporting verbs, names without titles, pronouns resolved.</summary>
public sealed class SpeakerTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Night buses reach the villages", paragraphs);

    [Theory]
    [InlineData("\"The buses will run late,\" said Maria Lopez.")]
    [InlineData("\"The buses will run late,\" Maria Lopez said.")]
    [InlineData("Maria Lopez said: \"The buses will run late.\"")]
    [InlineData("Maria Lopez stressed that the plan was sound and « the buses will run late ».")]
    [InlineData("Maria Lopez insisted: \"The buses will run late.\"")]
    [InlineData("Maria Lopez recalled that \"the buses will run late\".")]
    [InlineData("The buses will run \"very late\", according to Maria Lopez.")]
    [InlineData("Les bus rouleront « très tard », selon Maria Lopez.")]
    [InlineData("Transport Minister Maria Lopez said: \"The buses will run late.\"")]
    [InlineData("Maria Lopez, who met the drivers with John Smith, stressed: \"The buses will run late.\"")]
    public void ReportingPatterns_NameTheSpeaker(string paragraph)
        => Assert.Equal(new[] { "Maria Lopez" }, Speakers(paragraph));

    [Fact]
    public void FrenchInversion_ResolvesToTheLastNamedSpeaker()
        => Assert.Equal(
            new[] { "Maria Lopez" },
            Speakers("Maria Lopez a présenté le plan mardi devant le conseil régional.", "« Les bus rouleront tard », dit-elle."));

    [Fact]
    public void SplitQuote_BothHalvesGoToTheSpeaker()
        => Assert.Equal(
            new[] { "Maria Lopez", "Maria Lopez" },
            Speakers("Maria Lopez spoke to the council on Tuesday.", "\"The buses will run late,\" she said, \"and they will stop everywhere.\""));

    [Fact]
    public void SurnameWithTitle_ResolvesToTheFullNameSeenEarlier()
        => Assert.Equal(
            new[] { "Maria Lopez", "Maria Lopez" },
            Speakers(
                "Transport Minister Maria Lopez said: \"The buses will run late.\"",
                "Mrs Lopez said the drivers had agreed. \"They want the work,\" Mrs Lopez said."));

    [Fact]
    public void PronounAndRoleNoun_ResolveToTheLastNamedSpeaker()
        => Assert.Equal(
            new[] { "John Smith", "John Smith" },
            Speakers(
                "The opposition leader John Smith criticised the timetable on Tuesday.",
                "\"It comes too late,\" he said.",
                "\"Nobody asked the drivers,\" the leader added."));

    [Fact]
    public void QuoteContinuingTheLastSpeaker_GetsTheirName()
        => Assert.Equal(
            new[] { "Maria Lopez", "Maria Lopez" },
            Speakers("\"The buses will run late,\" said Maria Lopez. \"Every village will have a stop by the spring.\""));

    [Fact]
    public void TermsAndTitles_HaveNoSpeaker()
        => Assert.Equal(
            new string?[] { null, null },
            Speakers("The so-called \"night owl\" routes were first tried in a film called \"Late Buses\" years ago."));
}
