using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S9, carry-over: a quote with no cue goes on with the last speaker's words only while nobody
/// else came in between. Someone else reporting (a firm, a campaign group, an unnamed spokesman,
/// a source "according to"), or someone else becoming the subject after an opening adverbial,
/// ends the turn: the quote then goes to whoever reported just before, or to no one.
/// </summary>
public sealed class CarryOverTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour bid talks stall", paragraphs);

    [Fact]
    public void AnUnnamedSpokesmanReportingInBetween_EndsTheLastSpeakersTurn()
        => Assert.Equal(
            new string?[] { "Jill Harbour", null },
            Speakers(
                "\"We will double the speed of the network by the summer,\" said Jill Harbour, who runs the project for the operator.",
                "Cable firms are also bound to raise their speeds. A cable industry spokesman said they were in a better position in the long term. \"Our network is far larger than theirs and it is already paid for.\""));

    [Fact]
    public void ASpokesmanForANamedFirmReportingInBetween_GivesTheNextQuoteToTheFirm()
        => Assert.Equal(
            new string?[] { "Jill Harbour", "Harbour Cable" },
            Speakers(
                "\"We will double the speed of the network by the summer,\" said Jill Harbour, who runs the project for the operator.",
                "Cable firms are also bound to raise their speeds. A spokesman for Harbour Cable said they were in a better position in the long term. \"Our network is far larger than theirs and it is already paid for.\""));

    [Fact]
    public void ASourceAccordingToInBetween_EndsTheLastSpeakersTurn()
        => Assert.Equal(
            new string?[] { "Jill Harbour", null },
            Speakers(
                "\"We will double the speed of the network by the summer,\" said Jill Harbour, who runs the project for the operator.",
                "Cable firms are also bound to raise their speeds and, according to an industry spokesman, are in a better position in the long term. \"Our network is far larger than theirs and it is already paid for.\""));

    [Fact]
    public void AFirmReportingInBetween_TakesTheNextQuote()
        => Assert.Equal(
            new string?[] { "Andrew Moore", "Harbour Advisers" },
            Speakers(
                "\"The offer is aimed at creating value for our own shareholders,\" said Andrew Moore, the miner's chief executive.",
                "Harbour Advisers said its valuation of the miner was based on lower average prices than current market levels. \"Any longer term price improvements would add to the value of the company.\""));

    [Fact]
    public void SomeoneElseAsTheSubjectAfterAnOpeningAdverbial_EndsTheLastSpeakersTurn()
        => Assert.Equal(
            new string?[] { "Tom Fox", null },
            Speakers(
                "\"I am sorry this is a nightmare for you,\" Tom Fox told the prime minister on the telephone that night.",
                "Four hours later, Edward Baker called the Liberal leader back to Downing Street for a last attempt at a deal. The minutes of that meeting show how the chance of a coalition quickly went. \"The prime minister said he was bound to tell his guest that the talks had failed.\""));

    [Fact]
    public void TheSameSpeakerReportingInBetween_GoesOnSpeaking()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            Speakers("\"We have no plans to sell the club,\" said Tom Fox. Mr Fox said the board would meet again in the spring. \"Nothing will change before the end of the season.\""));

    [Fact]
    public void AnOpeningAdverbialBeforeTheSameSpeaker_GoesOnSpeaking()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            Speakers("\"We have no plans to sell the club,\" said Tom Fox. Later that evening, Mr Fox met the supporters' trust for an hour. \"Nothing will change before the end of the season.\""));

    [Fact]
    public void HeAfterAnUnnamedSourceAccordingTo_IsNotTheLastSpeaker()
        => Assert.Equal(
            new string?[] { "Jill Harbour", null },
            Speakers(
                "\"If the bandwidth is there then providers will buy it,\" said Jill Harbour, a research director at an analyst firm.",
                "Cable firms are also bound to raise their speeds and, according to an industry spokesman, are in a better position in the long term. \"Our network is far larger than theirs and it is already paid for,\" he said."));

    [Fact]
    public void SheAfterAManShownByHisTitleAndPossessive_IsNotHim()
        => Assert.Equal(
            new string?[] { "Craig Prater", null },
            Speakers(
                "Festival director Craig Prater said the mood had changed since the winter. \"We feel like we have turned a page and it is business as usual,\" he said.",
                "Mr Prater's sentiments were shared by many of the people who run the sister event. \"We have been careful to be respectful of the recovery,\" she said."));

    [Fact]
    public void ANamedPersonAfterAnUnnamedSubject_IsWhomSheMeans()
        => Assert.Equal(
            new string?[] { "Sergio Gera", "Victoria Lapete" },
            Speakers(
                "\"At the beginning there was an absolute explosion of huge crowds,\" said Sergio Gera, the programme's chief co-ordinator.",
                "One woman, Victoria Lapete, found her sister in the square live on the programme. \"When we saw each other, we threw ourselves into each other's arms,\" she told the programme."));

    [Fact]
    public void ANamedPersonAfterARole_IsWhomHeMeans()
        => Assert.Equal(
            new string?[] { "Tom Currie", "Andrew Burke" },
            Speakers(
                "\"We will make programmes for every screen in the house,\" said Tom Currie, who runs the new media arm of the operator.",
                "Head of the division, Andrew Burke, spoke about making shows for every platform. \"How risque can I be in this new age of television?\" he said."));

    [Fact]
    public void AThingNamedAfterItsDescription_IsNoOneHeMeans()
        => Assert.Equal(
            new[] { "Tom Harbour", "Tom Harbour" },
            Speakers(
                "\"I thought I should explain myself before I disappear,\" said Tom Harbour, who was at the festival to launch the film.",
                "The film, A Different Story, follows his life and career from the 1980s. \"I am still going to be making music,\" he said."));

    [Fact]
    public void AnOrganisationNamedByItsNounReportingJustBefore_TakesTheNextQuote()
        => Assert.Equal(
            new string?[] { "Harbour Electoral Commission" },
            Speakers(
                "The Harbour Electoral Commission has published its review of party funding after a year of hearings.",
                "The commission says capping donations would mean taxpayers giving parties more cash. \"While we are not in principle opposed to a cap, we do not believe such a change is needed now.\""));
}
