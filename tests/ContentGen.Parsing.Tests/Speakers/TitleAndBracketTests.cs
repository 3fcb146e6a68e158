using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Name phrases that a title word or a bracket breaks: a surname that is also a nationality after
/// a title ("Mr Irish"); a surname that is also a title after a first name, when a role follows
/// it ("Paul King, chief security architect at Cisco"); an organisation's acronym in brackets
/// between the speaker and the verb ("A spokesman for the British Phonographic Industry (BPI)
/// said").
/// </summary>
public sealed class TitleAndBracketTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Gadget show opens its doors", paragraphs);

    [Fact]
    public void ANationalityAfterATitle_IsASurname()
        => Assert.Equal(
            new[] { "Adam Irish", "Adam Irish" },
            Speakers("Gadget expert Adam Irish said the shops were full. \"What is impressive is how much it can do and how well it can do them,\" said Mr Irish. \"Gadgets nowadays are lifestyle products rather than just for geeks.\""));

    [Fact]
    public void ATitleWordEndingANameBeforeARole_IsASurname()
        => Assert.Equal(
            "Paul King",
            Speakers("Ozzy Harbour found fame again on television this year.", "\"Net firms are realising that it is not just about anti-virus and firewalls,\" said Paul King, chief security architect at Cisco.")[0]);

    [Fact]
    public void AnAcronymInBracketsBeforeTheVerb_LeavesTheSpokesman()
        => Assert.Equal(
            new string?[] { "Adam Irish", "British Phonographic Industry" },
            Speakers(
                "Gadget expert Adam Irish said the shops were full. \"What is impressive is how much it can do and how well it can do them,\" said Adam Irish.",
                "A spokesman for the British Phonographic Industry (BPI) said the first combined chart was due within the year. \"Work is going on across the music business right now to make sure the new chart works,\" he said."));

    [Fact]
    public void ANameGivenWithItsAcronym_IsTheOrganisationWhole()
        => Assert.Equal(
            "Harbour Chambers of Commerce",
            Speakers("The Harbour Chambers of Commerce (HCC) said it was \"concerned by the clamour in some quarters\" for early rises.")[0]);

    [Fact]
    public void TwoNamesGivenWithTheirAcronyms_AreNoOneSpeaker()
        => Assert.Null(Speakers("The Harbour Medical Fellowship (HMF) and Lawyers' Harbour Fellowship (LHF) said the bill would allow it by the \"back door\".")[0]);

    [Fact]
    public void ARelativeClauseLeftOpenAfterTheSpokesmansOrganisation_LeavesTheSpokesman()
        => Assert.Equal(
            new string?[] { "Adam Irish", "Association of Payment Services" },
            Speakers(
                "Gadget expert Adam Irish said the shops were full. \"What is impressive is how much it can do and how well it can do them,\" said Adam Irish.",
                "A spokesman for the Association of Payment Services (Apacs) which represents the payments industry said the risk was minimal. \"There is no concern that any virus will hit the networks,\" he said."));
}
