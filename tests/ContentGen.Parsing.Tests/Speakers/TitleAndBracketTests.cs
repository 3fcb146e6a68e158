using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Name phrases that a title word or a bracket breaks: a surname that is also a nationality after
/// a title ("Mr English"); a surname that is also a title after a first name, when a role follows
/// it ("Owen King, chief network engineer at Acme"); an organisation's acronym in brackets
/// between the speaker and the verb ("A spokesman for the Harbour Recording Guild (HRG)
/// said").
/// </summary>
public sealed class TitleAndBracketTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Gadget show opens its doors", paragraphs);

    [Fact]
    public void ANationalityAfterATitle_IsASurname()
        => Assert.Equal(
            new[] { "Dan English", "Dan English" },
            Speakers("Gadget expert Dan English said the stalls were busy. \"What strikes you is how many jobs one small box now does, and does well,\" said Mr English. \"People buy these boxes for the look now, not only the tricks.\""));

    [Fact]
    public void ATitleWordEndingANameBeforeARole_IsASurname()
        => Assert.Equal(
            "Owen King",
            Speakers("Rita Harbour was back on the radio this spring.", "\"Web shops now see that locks on the door are only half the job,\" said Owen King, chief network engineer at Acme.")[0]);

    [Fact]
    public void AnAcronymInBracketsBeforeTheVerb_LeavesTheSpokesman()
        => Assert.Equal(
            new string?[] { "Dan English", "Harbour Recording Guild" },
            Speakers(
                "Gadget expert Dan English said the stalls were busy. \"What strikes you is how many jobs one small box now does, and does well,\" said Dan English.",
                "A spokesman for the Harbour Recording Guild (HRG) said the new weekly list would start in the spring. \"Labels and shops are busy getting their sales figures ready for it,\" he said."));

    [Fact]
    public void ANameGivenWithItsAcronym_IsTheOrganisationWhole()
        => Assert.Equal(
            "Harbour Chambers of Commerce",
            Speakers("The Harbour Chambers of Commerce (HCC) said it was \"uneasy about the noise from some members\" for quick price cuts.")[0]);

    [Fact]
    public void TwoNamesGivenWithTheirAcronyms_AreNoOneSpeaker()
        => Assert.Null(Speakers("The Harbour Nurses Guild (HNG) and Valmont Tenants' Union (VTU) said the plan would bring it in through a \"side gate\".")[0]);

    [Fact]
    public void ARelativeClauseLeftOpenAfterTheSpokesmansOrganisation_LeavesTheSpokesman()
        => Assert.Equal(
            new string?[] { "Dan English", "Association of Harbour Couriers" },
            Speakers(
                "Gadget expert Dan English said the stalls were busy. \"What strikes you is how many jobs one small box now does, and does well,\" said Dan English.",
                "A spokesman for the Association of Harbour Couriers (Ahco) which represents the delivery firms said the delay was small. \"Nobody expects the parcels to be held up for long,\" he said."));
}
