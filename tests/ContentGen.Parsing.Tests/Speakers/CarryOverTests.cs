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
                "\"Every home in the valley will be on the new line by autumn,\" said Jill Harbour, who leads the scheme for the operator.",
                "Radio firms are also sure to widen their reach. A radio industry spokesman said they would do better over the years. \"Our masts already cover the hills and they cost us nothing more.\""));

    // "A spokesman for the water board said …": where the spokesman works is in lower case, so
    // reading back from the verb finds no subject; the indefinite opening still brings someone in.
    // So it does for a body named by its noun alone that the article never named ("the council").
    [Theory]
    [InlineData(
        "\"Every home in the valley will be on the new line by autumn,\" said Jill Harbour, who leads the scheme for the operator.",
        "A spokesman for the water board said information evenings would be held in the autumn. \"We take the concerns of the residents seriously.\"")]
    [InlineData(
        "\"Every home in the valley will be on the new line by autumn,\" said Jill Harbour, who leads the scheme for the operator.",
        "A spokesman for the council said information evenings would be held in the autumn. \"We take the concerns of the residents seriously.\"")]
    [InlineData(
        "\"Er gaan straks maandenlang vrachtwagens door ons dorp\", zegt Jill Harbour van de dorpsraad.",
        "Een woordvoerder van het waterschap laat weten dat er in het najaar informatieavonden komen. \"We nemen de zorgen van de bewoners serieus.\"")]
    public void AnUnnamedSpokesmanForALowerCaseEmployer_EndsTheLastSpeakersTurn(string quoted, string report)
        => Assert.Equal(new string?[] { "Jill Harbour", null }, Speakers(quoted, report));

    // "de gemeente" speaks as one by its bare noun (BareMunicipalityTests), so its spokesman's
    // next quote is the municipality's, as a named firm's is.
    [Fact]
    public void ASpokesmanForTheBareMunicipality_GivesTheNextQuoteToIt()
        => Assert.Equal(
            new string?[] { "Jill Harbour", "gemeente" },
            Speakers(
                "\"Er gaan straks maandenlang vrachtwagens door ons dorp\", zegt Jill Harbour van de dorpsraad.",
                "Een woordvoerder van de gemeente laat weten dat er in het najaar informatieavonden komen. \"We nemen de zorgen van de bewoners serieus.\""));

    [Fact]
    public void ASpokesmanForANamedFirmReportingInBetween_GivesTheNextQuoteToTheFirm()
        => Assert.Equal(
            new string?[] { "Jill Harbour", "Harbour Cable" },
            Speakers(
                "\"Every home in the valley will be on the new line by autumn,\" said Jill Harbour, who leads the scheme for the operator.",
                "Radio firms are also sure to widen their reach. A spokesman for Harbour Cable said they would do better over the years. \"Our masts already cover the hills and they cost us nothing more.\""));

    [Fact]
    public void ASourceAccordingToInBetween_EndsTheLastSpeakersTurn()
        => Assert.Equal(
            new string?[] { "Jill Harbour", null },
            Speakers(
                "\"Every home in the valley will be on the new line by autumn,\" said Jill Harbour, who leads the scheme for the operator.",
                "Radio firms are also sure to widen their reach and, according to an industry spokesman, will do better over the years. \"Our masts already cover the hills and they cost us nothing more.\""));

    [Fact]
    public void AFirmReportingInBetween_TakesTheNextQuote()
        => Assert.Equal(
            new string?[] { "Ian Moss", "Harbour Advisers" },
            Speakers(
                "\"Our bid is meant to reward the people who own our shares,\" said Ian Moss, the quarry firm's chief executive.",
                "Harbour Advisers said its price for the quarry firm assumed stone would sell for less than it does today. \"Any rise in stone prices later on would only make the firm worth more.\""));

    [Fact]
    public void SomeoneElseAsTheSubjectAfterAnOpeningAdverbial_EndsTheLastSpeakersTurn()
        => Assert.Equal(
            new string?[] { "Tom Fox", null },
            Speakers(
                "\"I know this is a hard week for you,\" Tom Fox told the mayor on the phone that evening.",
                "Two days later, Sam Baker asked the Green leader back to Harbour Hall for one more try at a pact. The notes of that evening show how fast the hope of a joint council faded. \"The mayor said he had to tell his visitor that the deal was off.\""));

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
                "\"If the capacity is there then the shops will use it,\" said Jill Harbour, a research director at a consulting firm.",
                "Radio firms are also sure to widen their reach and, according to an industry spokesman, will do better over the years. \"Our masts already cover the hills and they cost us nothing more,\" he said."));

    [Fact]
    public void SheAfterAManShownByHisTitleAndPossessive_IsNotHim()
        => Assert.Equal(
            new string?[] { "Mark Vale", null },
            Speakers(
                "Festival director Mark Vale said the town felt different since the floods. \"We have left the bad months behind and the stalls are open again,\" he said.",
                "Mr Vale's view was echoed by several of those who organise the autumn fair. \"We took care not to rush anyone who was still rebuilding,\" she said."));

    [Fact]
    public void ANamedPersonAfterAnUnnamedSubject_IsWhomSheMeans()
        => Assert.Equal(
            new string?[] { "Marco Lenti", "Rosa Calvi" },
            Speakers(
                "\"On the first night the phones never stopped ringing,\" said Marco Lenti, the show's chief co-ordinator.",
                "One woman, Rosa Calvi, found her cousin at the station live on the show. \"We knew each other at once and could not stop laughing,\" she told the show."));

    [Fact]
    public void ANamedPersonAfterARole_IsWhomHeMeans()
        => Assert.Equal(
            new string?[] { "Ben Hardy", "Peter Dale" },
            Speakers(
                "\"Our films will play on every phone and every wall,\" said Ben Hardy, who runs the online arm of the studio.",
                "Head of the unit, Peter Dale, spoke about cutting films for small screens. \"How long can a story be when people watch it on a bus?\" he said."));

    [Fact]
    public void AThingNamedAfterItsDescription_IsNoOneHeMeans()
        => Assert.Equal(
            new[] { "Tom Harbour", "Tom Harbour" },
            Speakers(
                "\"I wanted to tell my side before I step back,\" said Tom Harbour, who was in town to open the play.",
                "The play, A Long Winter, follows his years at sea from the 1970s. \"I will keep on writing songs,\" he said."));

    [Fact]
    public void AnOrganisationNamedByItsNounReportingJustBefore_TakesTheNextQuote()
        => Assert.Equal(
            new string?[] { "Harbour Electoral Commission" },
            Speakers(
                "The Harbour Electoral Commission has set out its findings on campaign spending after months of meetings.",
                "The commission says a spending ceiling would leave small parties short of leaflets. \"We have nothing against a ceiling as such, but we see no need for one this year.\""));
}
